/** The largest distance from 1970 a JavaScript Date can hold, in milliseconds (ECMA-262). */
export const MAX_DATE_MS = 8.64e15;

/**
 * An epoch-millisecond time a Date can hold, or undefined. A log can state any
 * number as a time; `new Date(t).toISOString()` throws outside this range, so
 * time-based counts only ever see times that pass here.
 */
export function dateTime(t: unknown): number | undefined {
  return typeof t === 'number' && Number.isFinite(t) && Math.abs(t) <= MAX_DATE_MS ? t : undefined;
}

/** ISO text of a time, or null for none or one out of range. */
export function isoTime(t: number | undefined): string | null {
  const ok = dateTime(t);
  return ok === undefined ? null : new Date(ok).toISOString();
}
