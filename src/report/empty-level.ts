import type { Lang, Level } from '../catalog/types.js';
import { formatInt } from './format.js';
import type { Report } from './model.js';
import type { Words } from './words.js';

/**
 * What a level with no codes says. Codes at the response and record levels live in the answer's body, so where
 * calls were logged without it (a call table, breadcrumbs, a status line alone) "no failures" would claim what the
 * log cannot show: it says how many calls that leaves unknown instead.
 */
export function emptyLevelText(report: Report, level: Level, w: Words, lang: Lang): string {
  const unseen = report.totals.unseenBodies ?? 0;
  return unseen > 0 && level !== 'http' ? w.noCodesBodiesUnseen(formatInt(unseen, lang)) : w.noCodes;
}
