/**
 * journalctl's `-o export` output: each entry a run of `KEY=value` lines (`__CURSOR=` first,
 * `__REALTIME_TIMESTAMP=` in µs, `MESSAGE=` the app's line), an empty line after it. The input is
 * taken for one from its `__CURSOR=` line on; the MESSAGE is given back with the entry's time,
 * the other fields are read for nothing. A field journald wrote as binary (a value holding control
 * characters, such as a coloured line) is its name alone on a line, then the value's size as 64 bits
 * little-endian and its bytes: a MESSAGE is read without its colour sequences. When the size says
 * more than the line holds (the value held a line end), the line is read as it stands.
 */
import { decodeText } from '../../input/decode.js';
import { withoutTerminalCodes } from './terminal-codes.js';
import { withTime } from './wrapper-prefix.js';

const FIELD = /^[A-Z0-9_]{1,64}=/;
const REALTIME = /^__REALTIME_TIMESTAMP=(\d{1,19})$/;
const BINARY_NAME = /^[A-Z0-9_]{1,64}$/;

export class JournalExport {
  private active = false;
  private time: string | undefined;
  /** The field whose binary value the next line holds. */
  private binaryField: string | undefined;

  /** Whether the next line is a binary value (its bytes go to `binary`, not `take`). */
  get binaryNext(): boolean {
    return this.binaryField !== undefined;
  }

  /** A binary value's line: a MESSAGE's text, null for another field, undefined when its size is not the line's. */
  binary(bytes: Buffer): string | null | undefined {
    const field = this.binaryField;
    this.binaryField = undefined;
    if (bytes.length < 8 || bytes.readBigUInt64LE(0) !== BigInt(bytes.length - 8)) return undefined;
    return field === 'MESSAGE' ? withTime(withoutTerminalCodes(decodeText(bytes, 8)), this.time) : null;
  }

  /** The app's line of a MESSAGE field, null for the other fields, undefined for a line of no export. */
  take(text: string): string | null | undefined {
    if (!this.active) {
      if (!text.startsWith('__CURSOR=')) return undefined;
      this.active = true;
    }
    if (text.startsWith('MESSAGE=')) return withTime(text.slice(8), this.time);
    if (BINARY_NAME.test(text)) {
      this.binaryField = text;
      return null;
    }
    if (!FIELD.test(text)) return undefined;
    if (text.startsWith('__CURSOR=')) this.time = undefined;
    const realtime = REALTIME.exec(text);
    const ms = realtime ? Math.floor(Number(realtime[1]) / 1000) : Number.NaN;
    if (Number.isFinite(ms) && Math.abs(ms) < 8.64e15) this.time = new Date(ms).toISOString();
    return null;
  }
}
