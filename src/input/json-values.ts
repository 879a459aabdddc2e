import { msg, type Message } from '../errors/words.js';
import {
  BACKSLASH,
  COMMA,
  LBRACE,
  LBRACKET,
  LF,
  QUOTE,
  RBRACE,
  RBRACKET,
  isJsonSpace,
  skipNewlines,
} from './json-bytes.js';
import { ExportDescent } from './export-descent.js';
import type { Line, OversizedLine } from './line-splitter.js';

/**
 * Splits JSON that is not one value per line into records, for the analyzer
 * to read like NDJSON lines:
 * - a top-level array, as log exports write it (`[{...},{...}]`): its elements;
 * - pretty-printed values one after another (`jq .` output): each value.
 * Text between values (a stray log line) comes out as its own record, so the
 * analyzer counts it as malformed. A value over `maxValueBytes` is skipped
 * and reported, as an over-long NDJSON line is; but an object over it that
 * holds arrays of objects (a search API's export: `{"hits":{"hits":[...]}}`)
 * is read as the objects of its outermost arrays instead (ExportDescent).
 * The core knows no stream type.
 */
export class JsonValueSplitter {
  private readonly maxValueBytes: number;
  private pendingBytes = 0;
  private skipping = false; // the current value is over the cap: measured, not kept
  private oversized: OversizedLine[] = [];
  private rootArray: boolean | undefined;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private lineNo = 1;
  private pending: Buffer[] = [];
  private valueLine = 0; // 0: not inside a value
  private junk = false; // inside text that is not JSON, until the end of its line
  private first = true;
  private base = 0; // stream offset of the chunk being scanned
  private readonly descent = new ExportDescent();

  constructor(maxValueBytes: number) {
    this.maxValueBytes = maxValueBytes;
  }

  push(chunk: Buffer): { lines: Line[]; oversized: OversizedLine[] } {
    const lines = this.scan(chunk);
    const oversized = this.oversized;
    this.oversized = [];
    return { lines, oversized };
  }

  private scan(chunk: Buffer): Line[] {
    const out: Line[] = [];
    let start = -1; // where the current value starts in this chunk
    let i = 0;
    if (this.first && chunk.length > 0) {
      this.first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    }
    if (this.valueLine > 0) start = 0;
    for (; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === LF) {
        if (this.junk) {
          this.emit(out, chunk, start, i);
          this.junk = false;
          start = -1;
        }
        // A run of newlines is counted whole (one memcmp per 4 KB).
        const after = skipNewlines(chunk, i, chunk.length);
        this.lineNo += after - i;
        i = after - 1;
        continue;
      }
      if (this.junk) continue;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === BACKSLASH) this.escaped = true;
        else if (b === QUOTE) this.inString = false;
        continue;
      }
      if (b === QUOTE) {
        this.inString = true;
        continue;
      }
      if (b === LBRACE || b === LBRACKET) {
        if (this.rootArray === undefined) {
          this.rootArray = b === LBRACKET;
          if (this.rootArray) {
            this.depth = 1;
            continue;
          }
        }
        if (this.depth === (this.rootArray ? 1 : 0)) {
          start = i;
          this.valueLine = this.lineNo;
          if (!this.rootArray) this.descent.startRoot(this.base + i, this.lineNo);
        }
        this.depth++;
        if (!this.rootArray && this.descent.open(this.depth, b === LBRACKET, this.base + i, this.lineNo)) {
          start = i; // an element of a document read element by element: a record of its own
          this.valueLine = this.lineNo;
        }
        continue;
      }
      if ((b === RBRACE || b === RBRACKET) && this.depth > 0) {
        this.depth--;
        if (!this.rootArray) {
          const closed = this.descent.close(this.depth, this.base + i + 1);
          if (closed === 'element') {
            this.emit(out, chunk, start, i + 1);
            start = -1;
            continue;
          }
          if (closed === 'root') {
            this.endDescent();
            start = -1;
            continue;
          }
        }
        if (!this.rootArray && this.depth === 0 && this.valueLine > 0 && this.overCapAtClose(start, i + 1)) {
          // A document that ended in this chunk over the cap: its elements instead (startDescent).
          this.pending.push(Buffer.from(chunk.subarray(Math.max(start, 0), i + 1)));
          this.startDescent(out);
          this.endDescent();
          start = -1;
          continue;
        }
        if (this.depth === (this.rootArray ? 1 : 0) && this.valueLine > 0) {
          this.emit(out, chunk, start, i + 1);
          start = -1;
        } else if (this.rootArray && this.depth === 0) {
          // The top-level array is closed: whatever follows (another export: `cat a.json b.json`) starts afresh.
          this.rootArray = undefined;
        }
        continue;
      }
      // Outside any value only white space and commas belong; anything else is a stray line.
      if (this.valueLine === 0 && !this.descent.active && !isJsonSpace(b) && b !== COMMA) {
        this.junk = true;
        this.valueLine = this.lineNo;
        start = i;
      }
    }
    if (this.valueLine > 0 && start !== -1) this.keep(chunk.subarray(start), out);
    this.base += chunk.length;
    return out;
  }

  /** Records left at the end, and where the input stops inside one (cut short). */
  end(): { lines: Line[]; oversized: OversizedLine[]; truncated?: { line: number; reason: Message } } {
    if (this.junk) {
      const lines: Line[] = [];
      this.emit(lines, Buffer.alloc(0), 0, 0);
      return { lines, oversized: this.oversized };
    }
    const oversized = this.oversized;
    if (this.valueLine > 0 || this.descent.active)
      return {
        lines: [],
        oversized,
        truncated: { line: this.valueLine || this.descent.rootLine, reason: msg('jsonValueCut') },
      };
    if (this.rootArray && this.depth > 0)
      return {
        lines: [],
        oversized,
        truncated: { line: this.lineNo, reason: msg('jsonArrayOpen') },
      };
    return { lines: [], oversized };
  }

  get linesSeen(): number {
    return this.lineNo;
  }

  /** The part of a value that continues in the next chunk; past the cap only its size is kept. */
  private keep(part: Buffer, out: Line[]): void {
    this.pendingBytes += part.length;
    if (!this.skipping) this.pending.push(Buffer.from(part));
    if (this.pendingBytes <= this.maxValueBytes) return;
    if (this.descent.canStart) {
      this.startDescent(out);
      return;
    }
    this.skipping = true;
    this.pending = [];
  }

  /** Whether a document closing at `end` is over the cap and holds elements to read instead. */
  private overCapAtClose(start: number, end: number): boolean {
    return !this.skipping && this.pendingBytes + end - Math.max(start, 0) > this.maxValueBytes && this.descent.hasSpans;
  }

  /** A document over the cap: the elements read so far come out, one still open goes on as the pending record. */
  private startDescent(out: Line[]): void {
    const bytes = Buffer.concat(this.pending);
    const origin = this.descent.rootStart;
    const open = this.descent.begin((start, end, line) => {
      if (end - start > this.maxValueBytes) this.oversized.push({ line, bytes: end - start });
      else out.push({ bytes: Buffer.from(bytes.subarray(start - origin, end - origin)), line });
    });
    this.pending = open ? [Buffer.from(bytes.subarray(open.start - origin))] : [];
    this.pendingBytes = open ? bytes.length - (open.start - origin) : 0;
    this.valueLine = open ? open.line : 0;
  }

  /** The document read element by element has closed; with no element in it, it is one record over the cap. */
  private endDescent(): void {
    const whole = this.descent.end();
    if (whole) this.oversized.push(whole);
    this.pending = [];
    this.pendingBytes = 0;
    this.skipping = false;
    this.valueLine = 0;
  }

  private emit(out: Line[], chunk: Buffer, start: number, end: number): void {
    const part = chunk.subarray(Math.max(start, 0), end);
    const size = this.pendingBytes + part.length;
    if (this.skipping || size > this.maxValueBytes) this.oversized.push({ line: this.valueLine, bytes: size });
    else
      out.push({
        bytes: this.pending.length > 0 ? Buffer.concat([...this.pending, part]) : part,
        line: this.valueLine,
      });
    this.pending = [];
    this.pendingBytes = 0;
    this.skipping = false;
    this.valueLine = 0;
  }
}
