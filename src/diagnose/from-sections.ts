import type { Summary } from '../aggregate/summary.js';
import type { Lang } from '../catalog/types.js';
import { diagnoseBulkFailures } from './bulk-failures.js';
import { diagnoseBulkPolling } from './bulk-polling.js';
import { BULK_EN } from './bulk-words-en.js';
import type { BulkWordTable } from './bulk-words-format.js';
import { BULK_SV } from './bulk-words-sv.js';
import { diagnoseInstanceUsage } from './instance-usage.js';
import type { Diagnostic, SectionDiagnosticId, Severity } from './types.js';
import type { Words } from './words-format.js';

const BULK_WORDS: Record<Lang, BulkWordTable> = { en: BULK_EN, sv: BULK_SV };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Diagnostics read from the summary's bulk, jobs and instance sections rather
 * than from a detector state: those sections merge exactly across parts and
 * reports, so `analyze` and `merge` compute these the same way. Added to the
 * detectors' diagnostics in their order (errors first, then by id).
 */
export function withSectionDiagnostics(
  diagnostics: Diagnostic[],
  summary: Summary,
  opts: { lang: Lang; dailyQuota: number },
): Diagnostic[] {
  const words = BULK_WORDS[opts.lang] ?? BULK_WORDS.en;
  const out = [...diagnostics];
  const add = <K extends SectionDiagnosticId>(
    id: K,
    found: { severity: Severity; evidence: Parameters<BulkWordTable[K]>[0] } | null,
  ): void => {
    if (!found) return;
    const text = (words[id] as (e: Parameters<BulkWordTable[K]>[0]) => Words)(found.evidence);
    out.push({ id, severity: found.severity, evidence: { ...found.evidence }, ...text });
  };
  add('bulk-failures', diagnoseBulkFailures(summary.bulk.empty ? undefined : summary.bulk.toReport()));
  add('bulk-polling', diagnoseBulkPolling(summary.jobs.empty ? undefined : summary.jobs.toReport()));
  add(
    'instance-usage',
    diagnoseInstanceUsage(summary.instance.empty ? undefined : summary.instance.toReport(), opts.dailyQuota),
  );
  return out.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
