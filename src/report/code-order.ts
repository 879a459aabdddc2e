/**
 * The one order of codes in every format: most occurrences first; equal
 * counts by code, numeric codes in numeric order (606 before 1029) ahead of
 * any other, which follow in code-unit order. No locale is involved, so the
 * order is the same on every machine and in every language.
 */
const DIGITS = /^\d+$/;

export function compareCodeNames(a: string, b: string): number {
  const an = DIGITS.test(a);
  const bn = DIGITS.test(b);
  if (an !== bn) return an ? -1 : 1;
  if (an) {
    // Long digit strings exceed a double: compare them by length without leading zeros, then by digits.
    const as = a.replace(/^0+(?=\d)/, '');
    const bs = b.replace(/^0+(?=\d)/, '');
    if (as.length !== bs.length) return as.length - bs.length;
    if (as !== bs) return as < bs ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareCodes(a: { count: number; code: string }, b: { count: number; code: string }): number {
  return b.count - a.count || compareCodeNames(a.code, b.code);
}
