import { BULK_REASONS, type BulkReason } from './data/bulk.js';
import { compileTemplate } from './matcher.js';

export interface BulkReasonMatch {
  /** The code the reason is reported under; 'bulk.unlisted' for a reason the catalog lacks. */
  code: string;
  /** The template that matched, or the reason itself when none did. */
  template: string;
  params: string[];
  reason?: BulkReason;
}

export const UNLISTED_BULK_CODE = 'bulk.unlisted';

const QUOTED = /'([^']{1,200})'/g;

/** Which catalog reason a failure or warning text is, with the values it names. */
export function matchBulkReason(text: string): BulkReasonMatch {
  for (const reason of BULK_REASONS) {
    for (const template of reason.templates) {
      const m = compileTemplate(template).exec(text);
      if (m) return { code: reason.code, template, params: m.slice(1).map((v) => trimQuotes(v ?? '')), reason };
    }
  }
  // Unknown reasons keep their quoted values as params, so variants group like known ones.
  return { code: UNLISTED_BULK_CODE, template: text, params: [...text.matchAll(QUOTED)].map((m) => m[1]!) };
}

function trimQuotes(value: string): string {
  return value.replace(/^['"`\u2018\u2019\u201C\u201D]+|['"`\u2018\u2019\u201C\u201D]+$/gu, '').trim();
}
