/**
 * The app's lines inside a platform's prefixed lines (wrapper-prefix.ts), one
 * input at a time: containerd's `P` parts are joined to the `F` line that ends them; and the
 * line a platform's JSON record holds (shapes/envelope.ts), or a CSV export's `_raw` column (csv-raw.ts);
 * a record pino-pretty wrote over several lines, as the JSON line pino wrote (pretty-records.ts).
 */
import { decodeText } from '../../input/decode.js';
import type { LineResult } from '../ndjson/recognise-line.js';
import { dotnetHttpClientLine } from '../shapes/dotnet-json.js';
import { javaRecordLine } from '../shapes/java-json.js';
import { lineInEnvelope } from '../shapes/envelope.js';
import {
  type CsvDelimiter,
  callColumnsOf,
  csvDelimiterOf,
  csvField,
  csvRecord,
  rawColumnOf,
  withNoResponse,
} from './csv-raw.js';
import { CsvTimes } from './csv-times.js';
import { partedRequestLine } from './glued-request.js';
import { NewmanBoxes } from './newman-box.js';
import { JournalFields } from './journal-fields.js';
import { mayBeHead, PrettyRecords } from './pretty-records.js';
import { type PrintedBlock, PrintedBlocks } from './printed-blocks.js';
import { lastNonBlankByte, opensValueAt, PrintedValues } from './printed-values.js';
import { isNodeDebugLine, nodeDebugOnly } from './node-debug.js';
import type { InputReport } from '../../aggregate/report-model.js';
import { unprefix, withTime } from './wrapper-prefix.js';

// The kubelet cuts at 16 KiB; a run of parts longer than this is read as it stands rather than held.
const MAX_JOINED = 8 * 1024 * 1024;
// A platform's prefix around another's (a compose service's syslog line).
const MAX_PREFIXES = 2;
// More than any prefix takes (wrapper-prefix.ts reads 4 KiB at most).
const HEAD_BYTES = 4096;

export class PlatformLines {
  private parts: string[] = [];
  private partBytes = 0;
  /** The `_raw` column of a CSV export (-1: none); set by the first line that is not JSON. */
  private rawColumn: number | undefined;
  /** The columns of a CSV export whose rows are calls (csv-raw.ts callColumnsOf): each row is read as a record. */
  private callColumns: string[] | undefined;
  /** The time column of a call table, read in the layout its portal wrote (csv-times.ts). */
  private csvTimes: CsvTimes | undefined;
  private csvDelimiter: CsvDelimiter = ',';
  /** The lines of a CSV row whose quoted field holds line ends, and whether a quote is open after them. */
  private rowLines: string[] = [];
  private rowBytes = 0;
  private quoteOpen = false;
  private readonly pretty = new PrettyRecords();
  /** Values printed below a message that printed-blocks.ts leaves (printed-values.ts): consola's, print_r's. */
  private readonly printed = new PrintedValues();
  /** The first line of Node's NODE_DEBUG output (node-debug.ts), if any. */
  private nodeDebugLine: number | undefined;
  /** Objects printed over several lines after a line's text (printed-blocks.ts). */
  private readonly blocks = new PrintedBlocks();
  /** The line that ended a printed block without being part of it, to be read after the block. */
  private afterBlock: { bytes: Buffer; line: number } | undefined;
  private readonly boxes = new NewmanBoxes();
  private inBox = false;
  private readonly journal = new JournalFields();
  /** Where the line unwrap gave back last began, when it is not the line just read. */
  private lineOfLast: number | undefined;

  /**
   * The app's line: undefined when the line has no prefix, null for a part that waits for its end. `line`:
   * this line's number, for the lines given back later (see lineOfLast). Every line that does not open with
   * '{' comes here: one opening with '[' may be text (pino-pretty's `[12:00:01.234] INFO: ...`), and an
   * indented '{' a part of a pino-pretty record.
   */
  unwrap(bytes: Buffer, line = 0): Buffer | null | undefined {
    this.lineOfLast = undefined;
    const inner = this.unprefixed(bytes);
    if (inner === null) return null;
    return this.app(inner ?? bytes, inner, line);
  }

  /** The line that ended a printed block it was not part of: read after the block, as unwrap gives lines. */
  lineAfterBlock(): Buffer | null | undefined {
    const after = this.afterBlock;
    if (after === undefined) return undefined;
    this.afterBlock = undefined;
    this.lineOfLast = undefined;
    return this.app(after.bytes, after.bytes, after.line);
  }

  /** An app's line (its platform's prefix gone): the units of several lines it starts, continues or ends. */
  private app(appLine: Buffer, inner: Buffer | undefined, line: number): Buffer | null | undefined {
    // A value held goes on with the next line first (its lines are indented: newman's box would take them).
    if (this.printed.holding) return this.printedValue(appLine, line, 0);
    // Both kinds of printed value are first told by the line's last byte: found once.
    const last = this.pretty.active ? -1 : lastNonBlankByte(appLine);
    // HTTPie's body with the next request's line glued to it (`{...}POST /path HTTP/1.1`): the request comes after.
    const parted = last === 0x31 /* 1 */ || last === 0x30 ? partedRequestLine(decodeText(appLine)) : undefined;
    if (parted) {
      this.afterBlock = { bytes: Buffer.from(parted.request), line };
      return Buffer.from(parted.body);
    }
    const block = this.block(appLine, line, last);
    if (block !== undefined) return block;
    // newman's console box: its lines are one body (newman-box.ts); cheap test first, on the line's start.
    if (this.inBox || appLine[0] === 0x20 /* space */ || appLine[0] === 0xe2 /* ┌ */) {
      const box = this.inBox || NewmanBoxes.mayOpen(decodeText(appLine, 0, 16)) ? this.box(appLine, line) : undefined;
      if (box !== undefined) return box;
    }
    const printed = this.printedValue(appLine, line, last);
    if (printed !== undefined) return printed;
    // Cheap test first: until a pino-pretty head is seen no line waits.
    if (!this.pretty.active && (appLine[0] !== 0x5b /* [ */ || !mayBeHead(decodeText(appLine, 0, 100)))) return inner;
    const unit = this.pretty.take(decodeText(appLine), line);
    if (unit === undefined) return inner;
    if (unit === null) return null;
    return this.given(unit, line);
  }

  /** A line of a printed block: null inside, the block at its end; undefined when the line is no block's. */
  private block(appLine: Buffer, line: number, last: number): Buffer | null | undefined {
    if (this.pretty.active) return undefined;
    // Cheap tests first: a block opens at a line that ends with `{` or `[`, not indented but for the last line
    // of an error's stack, where Node prints the error's own properties (`    at async sync (app.js:6:3) {`).
    const opens = last === 0x7b || last === 0x5b;
    if (!this.blocks.holding && (!opens || (isIndented(appLine) && !isStackFrame(appLine)))) return undefined;
    return this.afterStep(this.blocks.take(decodeText(appLine), line), appLine, line);
  }

  /** A line of a value printed below its message in another layout (printed-values.ts), as block() does. */
  private printedValue(appLine: Buffer, line: number, last: number): Buffer | null | undefined {
    if (this.pretty.active) return undefined;
    if (!this.printed.holding && !opensValueAt(last)) return undefined;
    return this.afterStep(this.printed.take(decodeText(appLine), line), appLine, line);
  }

  private afterStep(step: PrintedBlock | null | undefined, appLine: Buffer, line: number): Buffer | null | undefined {
    if (!step) return step;
    if (step.again) this.afterBlock = { bytes: appLine, line };
    return this.given(this.withoutDebugDump(step), line);
  }

  /** The options Node's debug output dumps are no call (node-debug.ts): its line is given back without them. */
  private withoutDebugDump<T extends { text: string; line: number }>(unit: T): T {
    if (!isNodeDebugLine(unit.text)) return unit;
    this.nodeDebugLine ??= unit.line;
    const end = unit.text.indexOf('\n');
    return end === -1 ? unit : { ...unit, text: unit.text.slice(0, end) };
  }

  /** A line of a newman console box: null inside, the body at its end; undefined when the line is no box's. */
  private box(appLine: Buffer, line: number): Buffer | null | undefined {
    const unit = this.boxes.take(decodeText(appLine), line);
    this.inBox = unit === null;
    if (!unit) return unit;
    return this.given(unit, line);
  }

  /** A joined unit's text, read at line `line`; lineOf tells where it began. */
  private given(unit: { text: string; line: number }, line: number): Buffer {
    if (unit.line !== line) this.lineOfLast = unit.line;
    return Buffer.from(unit.text);
  }

  /** Whether a value printed below its message is being put together (printed-blocks.ts, printed-values.ts). */
  get printedValues(): boolean {
    return this.blocks.holding || this.printed.holding;
  }

  /** The input's report marked unreadable when nothing but Node's debug output was read in it (node-debug.ts). */
  unreadable(report: InputReport): InputReport['truncated'] {
    return nodeDebugOnly(report, this.nodeDebugLine);
  }

  /** Whether the lines of this input are pino-pretty's (each waits for the next). */
  get pinoPretty(): boolean {
    return this.pretty.active;
  }

  /** The number of the line unwrap gave back last, read at line `current`. */
  lineOf(current: number): number {
    return this.lineOfLast ?? current;
  }

  /** The line still waiting when the input ends (the last record pino-pretty wrote), with its number. */
  finish(): Array<{ bytes: Buffer; line: number }> {
    const held = this.blocks.finish() ?? this.printed.finish();
    const unit = this.pretty.finish() ?? (held && this.withoutDebugDump(held));
    return unit ? [{ bytes: Buffer.from(unit.text), line: unit.line }] : [];
  }

  private unprefixed(bytes: Buffer): Buffer | null | undefined {
    if (this.rawColumn === undefined) {
      const header = decodeText(bytes).replace(/^\ufeff/, ''); // a spreadsheet's byte order mark
      this.csvDelimiter = csvDelimiterOf(header);
      this.rawColumn = rawColumnOf(header, this.csvDelimiter);
      this.callColumns = this.rawColumn === -1 ? callColumnsOf(header, this.csvDelimiter) : undefined;
      if (this.callColumns) this.csvTimes = new CsvTimes(this.callColumns);
      if (this.rawColumn >= 0 || this.callColumns) return null;
    } else if (this.rawColumn >= 0 || this.callColumns) return this.csvRow(decodeText(bytes));
    if (this.journal.binaryNext) {
      const value = this.journal.binary(bytes);
      if (value !== undefined) return value === null ? null : Buffer.from(value);
    }
    // journalctl -o json-seq (RFC 7464): an RS byte before each record; -o json-sse: `data: ` before it.
    if (bytes[0] === 0x1e) return bytes.subarray(1);
    if (bytes[0] === 0x64 /* d */ && bytes.subarray(0, 7).toString('latin1') === 'data: {') return bytes.subarray(6);
    // journalctl -o export and -o verbose: a field a line (journal-fields.ts).
    if (this.journal.mayTake(bytes)) {
      const field = this.journal.take(decodeText(bytes));
      if (field !== undefined) return field === null ? null : Buffer.from(field);
    }
    // The prefix is in the line's head: most lines of a text log are decoded here only that far.
    const head = bytes.length > HEAD_BYTES ? decodeText(bytes, 0, HEAD_BYTES) : decodeText(bytes);
    const atHead = unprefix(head);
    // A line that only starts with a time (Python's own format) is given back as it was: nothing to unwrap.
    if (!atHead || (atHead.line === head && this.parts.length === 0)) return undefined;
    let text = head.length === bytes.length ? head : decodeText(bytes);
    let found = text === head ? atHead : unprefix(text)!;
    if (found.partial || this.parts.length > 0) return this.join(found.rest, found.partial, found.line);
    for (let n = 1; n < MAX_PREFIXES; n++) {
      text = found.line;
      const again = unprefix(text);
      if (!again || again.partial) break;
      found = again;
    }
    return Buffer.from(found.line);
  }

  /**
   * The app's line a platform's record holds in one field (journald, GELF, Loki, Splunk) when nothing else in
   * it reads (`read`: what recognition made of it); a .NET HttpClient record's line, and a Java record's about
   * RestTemplate or with an exception (java-json.ts), whatever it read as.
   */
  held(record: unknown, read: LineResult['kind']): Buffer | undefined {
    return (
      dotnetHttpClientLine(record) ??
      javaRecordLine(record) ??
      (read === 'unrecognised' ? lineInEnvelope(record) : undefined)
    );
  }

  /**
   * The `_raw` field of a CSV row; null while its quoted field goes on in the next line. An odd count of
   * quotes leaves a field open; each line is counted once, so a quote that never closes costs linear time.
   */
  private csvRow(text: string): Buffer | null {
    for (let q = text.indexOf('"'); q !== -1; q = text.indexOf('"', q + 1)) this.quoteOpen = !this.quoteOpen;
    this.rowLines.push(text);
    this.rowBytes += text.length;
    if (this.quoteOpen && this.rowBytes < MAX_JOINED) return null;
    const row = this.rowLines.join('\n');
    const d = this.csvDelimiter;
    const record = this.quoteOpen || !this.callColumns ? undefined : csvRecord(row, this.callColumns, d);
    const raw = this.quoteOpen
      ? undefined
      : record
        ? JSON.stringify(withNoResponse(this.csvTimes?.rewrite(record) ?? record))
        : csvField(row, this.rawColumn!, d);
    this.rowLines = [];
    this.rowBytes = 0;
    this.quoteOpen = false;
    return raw === undefined ? null : Buffer.from(raw);
  }

  private join(rest: string, partial: boolean, line: string): Buffer | null {
    this.parts.push(rest);
    this.partBytes += rest.length;
    if (partial && this.partBytes < MAX_JOINED) return null;
    const joined = this.parts.join('');
    this.parts = [];
    this.partBytes = 0;
    // The time the F line carried, put back when the joined line has none of its own.
    const time = line === rest ? undefined : line.slice(0, line.length - rest.length - 1);
    return Buffer.from(withTime(joined, time));
  }
}

const isIndented = (bytes: Buffer): boolean => bytes[0] === 0x20 || bytes[0] === 0x09;
const STACK_FRAME = /^\s+at \S/;
const isStackFrame = (bytes: Buffer): boolean => STACK_FRAME.test(decodeText(bytes, 0, 32));
