/**
 * journalctl's outputs that print an entry a field a line. `-o export`: `KEY=value` lines (`__CURSOR=`
 * first, `__REALTIME_TIMESTAMP=` in µs, `MESSAGE=` the app's line), an empty line after each entry.
 * `-o verbose`: a line with the entry's time and cursor (`Fri 2026-12-04 10:00:01.123456 UTC [s=...;i=1;...]`),
 * then its fields indented by four spaces. An input is taken for one from such a first line on; each
 * MESSAGE is given back with the entry's time, the other fields are read for nothing. In an export a field
 * journald kept as binary (a value holding control characters, such as a coloured line) is its name alone
 * on a line, then the value's size as 64 bits little-endian and its bytes: a MESSAGE is read without its
 * colour sequences. When the size says more than the line holds (the value held a line end), the line is
 * read as it stands.
 */
import { decodeText } from '../../input/decode.js';
import { withoutTerminalCodes } from './terminal-codes.js';
import { withTime } from './wrapper-prefix.js';

const FIELD = /^[A-Z0-9_]{1,64}=/;
const REALTIME = /^__REALTIME_TIMESTAMP=(\d{1,19})$/;
const BINARY_NAME = /^[A-Z0-9_]{1,64}$/;
// The entry's head in -o verbose; its time is read when its zone is UTC (journalctl prints the local one).
const VERBOSE_HEAD =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,9})?) ([A-Z]{1,5}|[+-]\d{4}) \[s=[\da-f]/;
const INDENT = '    ';
const WEEKDAY_INITIALS = new Set([...'FMSTW'].map((c) => c.charCodeAt(0)));

export class JournalFields {
  private mode: 'export' | 'verbose' | undefined;
  private time: string | undefined;
  /** The field whose binary value the next line holds. */
  private binaryField: string | undefined;

  /** Whether the line may be one of these outputs' (it is decoded whole only then): any, once one began. */
  mayTake(bytes: Buffer): boolean {
    if (this.mode !== undefined) return true;
    const first = bytes[0];
    if (first === 0x5f /* _ */) return bytes.subarray(0, 9).toString('latin1') === '__CURSOR=';
    // `Fri `: a weekday's initial, and a space after three letters, before the pattern.
    return WEEKDAY_INITIALS.has(first!) && bytes[3] === 0x20 && VERBOSE_HEAD.test(decodeText(bytes, 0, 80));
  }

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

  /** The app's line of a MESSAGE field, null for the other lines of an entry, undefined for a line of neither. */
  take(text: string): string | null | undefined {
    if (this.mode === undefined) {
      if (text.startsWith('__CURSOR=')) this.mode = 'export';
      else if (VERBOSE_HEAD.test(text)) this.mode = 'verbose';
      else return undefined;
    }
    if (this.mode === 'verbose') return this.verbose(text);
    if (BINARY_NAME.test(text)) {
      this.binaryField = text;
      return null;
    }
    if (text.startsWith('__CURSOR=')) this.time = undefined;
    return this.field(text);
  }

  private verbose(text: string): string | null | undefined {
    const head = VERBOSE_HEAD.exec(text);
    if (head) {
      this.time = head[2] === 'UTC' ? `${head[1]!.replace(' ', 'T')}Z` : undefined;
      return null;
    }
    return text.startsWith(INDENT) ? this.field(text.slice(INDENT.length)) : undefined;
  }

  private field(text: string): string | null | undefined {
    if (text.startsWith('MESSAGE=')) return withTime(text.slice(8), this.time);
    if (!FIELD.test(text)) return undefined;
    const realtime = this.mode === 'export' ? REALTIME.exec(text) : null;
    const ms = realtime ? Math.floor(Number(realtime[1]) / 1000) : Number.NaN;
    if (Number.isFinite(ms) && Math.abs(ms) < 8.64e15) this.time = new Date(ms).toISOString();
    return null;
  }
}
