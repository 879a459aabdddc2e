import { BULK_REASONS } from '../catalog/data/bulk.js';
import type { Lang } from '../catalog/types.js';
import type { BulkFailuresEvidence } from './bulk-failures.js';
import type { BulkPollingEvidence } from './bulk-polling.js';
import type { InstanceUsageEvidence } from './instance-usage.js';
import { num, type Words } from './words-format.js';

/** The words of the bulk and instance diagnostics: one table per language. */
export interface BulkWordTable {
  'bulk-failures': (e: BulkFailuresEvidence) => Words;
  'bulk-polling': (e: BulkPollingEvidence) => Words;
  'instance-usage': (e: InstanceUsageEvidence) => Words;
}

/** Why a reason is reported under a documented code, in the catalog's words. */
export const whyOf = (template: string, lang: Lang): string | undefined =>
  BULK_REASONS.find((r) => r.templates.includes(template))?.why?.[lang];

export const megabytes = (bytes: number, lang: Lang): string => num(Math.round(bytes / (1024 * 1024)), lang);

export const quotedList = (items: string[]): string => items.map((i) => `"${i}"`).join(', ');

/** A reason template as a reader sees it: the captured values as an ellipsis. */
export const shown = (template: string): string => template.replaceAll('%s', '…');

/** One sentence per reason that a documented code stands for, saying why. */
export function whySentences(
  e: BulkFailuresEvidence,
  lang: Lang,
  says: (t: string, code: string, why: string) => string,
): string {
  let out = '';
  for (const r of e.reasons) {
    const why = whyOf(r.template, lang);
    if (why !== undefined) out += ` ${says(shown(r.template), r.code, why)}`;
  }
  return out;
}

/** "text ×17, empty ×2": the kinds of value rows held, most first. */
export function valueKinds(kinds: Record<string, number>, words: Record<string, string>): string {
  return Object.entries(kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${words[kind] ?? kind} ×${n}`)
    .join(', ');
}

/** Days named in the instance-usage advice; the evidence holds more. */
export const MAX_DAYS_NAMED = 3;
