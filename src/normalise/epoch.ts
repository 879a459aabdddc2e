/**
 * A logged time -> epoch milliseconds. Numbers are read by magnitude, since
 * loggers write seconds (Python's `created`), milliseconds (pino), and
 * microseconds or nanoseconds (OpenTelemetry's `timeUnixNano`, Datadog).
 * A time JavaScript cannot represent is `OUT_OF_RANGE`: the caller drops it
 * from time-based work and counts it, it never reaches a Date.
 */
import { dateTime } from '../aggregate/date-time.js';

export const OUT_OF_RANGE = Symbol('time out of range');

function fromNumber(n: number): number | typeof OUT_OF_RANGE | undefined {
  if (Number.isNaN(n) || n <= 0) return undefined;
  if (!Number.isFinite(n)) return OUT_OF_RANGE;
  if (n < 1e11) return n * 1000; // seconds: up to the year 5138
  if (n < 1e14) return n; // milliseconds
  if (n < 1e17) return n / 1e3; // microseconds
  if (n < 1e20) return n / 1e6; // nanoseconds
  return OUT_OF_RANGE;
}

// ISO-like times without a zone ("2026-12-01 19:02:14,383", Python's asctime) are read as UTC,
// so that a report does not depend on the machine's time zone.
const ZONELESS = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d)?)(?:[.,](\d{1,9}))?$/;
const DIGITS = /^\d{1,30}(?:\.\d+)?$/;
// Only text that starts like a date is given to Date.parse: it reads "Dec 1 19:02" as the year 2001.
const DATE_LIKE = /^(?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2}\b.*\b\d{4}\b)/;

// The usual log time, "2026-12-01T19:02:14.383Z": Date.parse reads it as it is.
const ISO_UTC = /^\d{4}-\d\d-\d\dT[\d:.]+Z$/;

function fromText(text: string): number | typeof OUT_OF_RANGE | undefined {
  if (ISO_UTC.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ms;
  }
  const s = text.trim();
  if (DIGITS.test(s)) return fromNumber(Number(s));
  const zoneless = ZONELESS.exec(s);
  const ms = zoneless
    ? Date.parse(`${zoneless[1]}T${zoneless[2]}${zoneless[3] ? `.${zoneless[3].slice(0, 3)}` : ''}Z`)
    : DATE_LIKE.test(s)
      ? Date.parse(s)
      : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

/** Epoch ms; undefined when there is no usable time; OUT_OF_RANGE when there is one Date cannot hold. */
export function readEpoch(value: unknown): number | typeof OUT_OF_RANGE | undefined {
  const ms = typeof value === 'number' ? fromNumber(value) : typeof value === 'string' ? fromText(value) : undefined;
  if (typeof ms === 'number' && dateTime(ms) === undefined) return OUT_OF_RANGE;
  return ms;
}

/** Epoch ms, or undefined for no time and for a time out of range. */
export function toEpochMs(value: unknown): number | undefined {
  const ms = readEpoch(value);
  return typeof ms === 'number' ? ms : undefined;
}
