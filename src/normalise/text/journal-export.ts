/**
 * journalctl's `-o export` output: each entry a run of `KEY=value` lines (`__CURSOR=` first,
 * `__REALTIME_TIMESTAMP=` in µs, `MESSAGE=` the app's line), an empty line after it. The input is
 * taken for one from its `__CURSOR=` line on; the MESSAGE is given back with the entry's time,
 * the other fields are read for nothing. A field journald wrote as binary (its name alone on a
 * line, then a 64-bit length and the bytes: a message holding control characters) is read as text.
 */
import { withTime } from './wrapper-prefix.js';

const FIELD = /^[A-Z0-9_]{1,64}=/;
const REALTIME = /^__REALTIME_TIMESTAMP=(\d{1,19})$/;

export class JournalExport {
  private active = false;
  private time: string | undefined;

  /** The app's line of a MESSAGE field, null for the other fields, undefined for a line of no export. */
  take(text: string): string | null | undefined {
    if (!this.active) {
      if (!text.startsWith('__CURSOR=')) return undefined;
      this.active = true;
    }
    if (text.startsWith('MESSAGE=')) return withTime(text.slice(8), this.time);
    if (!FIELD.test(text)) return undefined;
    if (text.startsWith('__CURSOR=')) this.time = undefined;
    const realtime = REALTIME.exec(text);
    const ms = realtime ? Math.floor(Number(realtime[1]) / 1000) : Number.NaN;
    if (Number.isFinite(ms) && Math.abs(ms) < 8.64e15) this.time = new Date(ms).toISOString();
    return null;
  }
}
