import type { Lang } from '../catalog/types.js';
import { oneLine } from '../util/sanitize.js';
import { compareCodes } from './code-order.js';
import { formatInt } from './format.js';
import type { Report } from './model.js';

/** The codes that came from text in the one order of codes (most frequent first, then 606 before 1029). */
export function textCodesInOrder(codes: Record<string, number>): Array<[code: string, count: number]> {
  return Object.entries(codes).sort(([a, an], [b, bn]) => compareCodes({ code: a, count: an }, { code: b, count: bn }));
}

/** "606 ×3, 615 ×1": the codes that came from text. */
export function textCodeList(codes: Record<string, number>, lang: Lang): string {
  return textCodesInOrder(codes)
    .map(([code, n]) => `${oneLine(code)} ×${formatInt(n, lang)}`)
    .join(', ');
}

/** The codes every input read from text, added up; undefined when there are none. */
export function allTextCodes(report: Report): Record<string, number> | undefined {
  let all: Record<string, number> | undefined;
  for (const i of report.inputs)
    for (const [code, n] of Object.entries(i.textCodes ?? {})) (all ??= {})[code] = (all[code] ?? 0) + n;
  return all;
}
