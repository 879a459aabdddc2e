/**
 * Numbers as the renderers meet them. A report may come from a file (merge),
 * so a count can be a string, an object or NaN: nothing here trusts its type,
 * and nothing spreads an array into a call (130,000 timeline points overflow
 * the stack of Math.max(...points)).
 */

/** The largest value, or `floor` when there is none larger; non-finite values are skipped. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (typeof v === 'number' && v > max && Number.isFinite(v)) max = v;
  return max;
}

/** A finite number, or undefined for anything else (a string, an object, NaN, Infinity). */
export function finite(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A number for an attribute or a CSS value: its digits, or '' when it is not a finite number. */
export function numberText(v: unknown): string {
  const n = finite(v);
  return n === undefined ? '' : String(n);
}
