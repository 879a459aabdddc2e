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

/** The digits of text[at, at + n) as a number; NaN when one is not a digit. */
function digits(text: string, at: number, n: number): number {
  let value = 0;
  for (let i = at; i < at + n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    value = value * 10 + d;
  }
  return value;
}

/**
 * "2026-12-01T19:02:14.383Z" (what pino, winston and JSON.stringify of a Date write) read by
 * hand: Date.parse costs several times as much. Fields Date.UTC would read otherwise than
 * Date.parse (years 0-99, day 0, hour 24, second 60) are left to Date.parse: undefined.
 */
function isoMillis(text: string): number | undefined {
  if (text.length !== 24 || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':')
    return undefined;
  if (text[16] !== ':' || text[19] !== '.' || text[23] !== 'Z') return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const ms = digits(text, 20, 3);
  // NaN fails every comparison, so a non-digit anywhere leaves the text to Date.parse.
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  if (!(hour <= 23 && minute <= 59 && second <= 59 && ms >= 0)) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

// A date that opens a text; a day its month does not have is no time at all (Date.parse and Date.UTC would
// roll 2026-02-30 over to 2 March).
const DATE_START = /^\s*(\d{4})-(\d\d)-(\d\d)/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** False for a text that opens with a date its month does not have (2026-02-30); true for any other text. */
export function onCalendar(text: string): boolean {
  const date = DATE_START.exec(text);
  if (!date) return true;
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  // Month 0 or 13 and day 0 are refused by the readers below as they are.
  if (month < 1 || month > 12 || day < 1) return true;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0);
}

function fromText(text: string): number | typeof OUT_OF_RANGE | undefined {
  if (!onCalendar(text)) return undefined;
  const iso = isoMillis(text);
  if (iso !== undefined) return iso;
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
