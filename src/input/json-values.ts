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
import type { Line, OversizedLine } from './line-splitter.js';

/**
 * Splits JSON that is not one value per line into records, for the analyzer
 * to read like NDJSON lines:
 * - a top-level array, as log exports write it (`[{...},{...}]`): its elements;
 * - pretty-printed values one after another (`jq .` output): each value.
 * Text between values (a stray log line) comes out as its own record, so the
 * analyzer counts it as malformed. A value over `maxValueBytes` is skipped
 * and reported, as an over-long NDJSON line is. The core knows no stream type.
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
        }
        this.depth++;
        continue;
      }
      if ((b === RBRACE || b === RBRACKET) && this.depth > 0) {
        this.depth--;
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
      if (this.valueLine === 0 && !isJsonSpace(b) && b !== COMMA) {
        this.junk = true;
        this.valueLine = this.lineNo;
        start = i;
      }
    }
    if (this.valueLine > 0 && start !== -1) this.keep(chunk.subarray(start));
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
    if (this.valueLine > 0)
      return {
        lines: [],
        oversized,
        truncated: { line: this.valueLine, reason: msg('jsonValueCut') },
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
  private keep(part: Buffer): void {
    this.pendingBytes += part.length;
    if (!this.skipping) this.pending.push(Buffer.from(part));
    if (this.pendingBytes > this.maxValueBytes) {
      this.skipping = true;
      this.pending = [];
    }
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
