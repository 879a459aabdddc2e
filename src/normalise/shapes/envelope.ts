/**
 * A platform's record whose one field holds the app's whole line (journald's
 * `MESSAGE`, GELF's `full_message`, Loki's `line`, Splunk's `result._raw`, ...):
 * read when nothing else in the record reads as a call, as the line it holds.
 */
import { isObject, type Json } from '../marketo-body.js';
import { ENVELOPE_KEYS } from './registry.js';
import { withTime } from '../text/wrapper-prefix.js';

const MAX_BYTES = 1024 * 1024;

/** journald writes a MESSAGE that is not UTF-8 as an array of its bytes. */
function bytesOf(value: unknown): Buffer | undefined {
  if (typeof value === 'string') return value.length > 0 ? Buffer.from(value) : undefined;
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_BYTES) return undefined;
  for (const b of value) if (!Number.isInteger(b) || b < 0 || b > 255) return undefined;
  return Buffer.from(value as number[]);
}

function lineField(o: Json): Buffer | undefined {
  for (const key of ENVELOPE_KEYS) {
    const line = key in o ? bytesOf(o[key]) : undefined;
    if (line) return line;
  }
  return undefined;
}

/** journald's time of the entry (µs since the epoch, as a string), for a MESSAGE that has none of its own. */
function journalTime(o: Json): string | undefined {
  const us = o.__REALTIME_TIMESTAMP;
  const ms = typeof us === 'string' && /^\d{1,19}$/.test(us) ? Math.floor(Number(us) / 1000) : Number.NaN;
  return Number.isFinite(ms) && ms < 8.64e15 ? new Date(ms).toISOString() : undefined;
}

/** The line an envelope holds, in it or one level down (Splunk's `result`); undefined when there is none. */
export function lineInEnvelope(value: unknown): Buffer | undefined {
  if (!isObject(value)) return undefined;
  const line = lineField(value);
  const time = line && typeof value.MESSAGE === 'string' ? journalTime(value) : undefined;
  if (time !== undefined) return Buffer.from(withTime(value.MESSAGE as string, time));
  if (line) return line;
  for (const key in value) {
    const inner = value[key];
    if (isObject(inner)) {
      const found = lineField(inner);
      if (found) return found;
    }
  }
  return undefined;
}
