/**
 * Splits bytes into lines without knowing about streams. Written instead of
 * split2 because a cap on line length must still report the skipped line's
 * number and size (split2 drops it silently), and because it works on Buffers,
 * so a long line is not re-scanned as a growing string on every chunk.
 */
import { isJsonSpace, LBRACE } from './json-bytes.js';
import { JsonValueSplitter } from './json-values.js';
export interface Line {
  /** The line's bytes without its line end; a view into the chunk, valid until the next push. */
  bytes: Buffer;
  /** 1-based line number. */
  line: number;
}

export interface OversizedLine {
  line: number;
  bytes: number;
}

export interface SplitResult {
  lines: Line[];
  oversized: OversizedLine[];
}

const NL = 0x0a;

/** The first byte of the text that is not white space, or -1. */
function firstByte(parts: Buffer[]): number {
  for (const part of parts) for (const b of part) if (!isJsonSpace(b)) return b;
  return -1;
}
const CR = 0x0d;
// Runs of empty lines are compared against this a block at a time (memcmp).
const NEWLINES = Buffer.alloc(4096, NL);

export class LineSplitter {
  private readonly maxLineBytes: number;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private overflowBytes = -1; // >= 0 while skipping an over-long line
  /** An over-long line that opens a JSON object: read as the records of the document it may be (json-values.ts). */
  private document: JsonValueSplitter | undefined;
  private documentRecords = 0;
  private lineNo = 0;
  private first = true;
  /** LF, or CR for a log with classic Mac line ends (its first chunk has CR and no LF). */
  private eol = NL;

  constructor(maxLineBytes: number) {
    this.maxLineBytes = maxLineBytes;
  }

  push(chunk: Buffer): SplitResult {
    const out: SplitResult = { lines: [], oversized: [] };
    let start = 0;
    if (this.first && chunk.length > 0) {
      this.first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) start = 3; // UTF-8 BOM
      if (chunk.indexOf(NL) === -1 && chunk.indexOf(CR) !== -1) this.eol = CR;
    }
    for (;;) {
      if (this.pendingBytes === 0 && this.overflowBytes < 0) start = this.skipEmptyLines(chunk, start);
      const nl = chunk.indexOf(this.eol, start);
      if (nl === -1) break;
      this.finishLine(chunk, start, nl, out);
      start = nl + 1;
    }
    if (start < chunk.length) this.keep(chunk, start, chunk.length, out);
    return out;
  }

  /** The last line, when the input does not end with a newline. */
  end(): SplitResult {
    const out: SplitResult = { lines: [], oversized: [] };
    if (this.pendingBytes > 0 || this.overflowBytes >= 0) this.finishLine(Buffer.alloc(0), 0, 0, out);
    return out;
  }

  get linesSeen(): number {
    return this.lineNo;
  }

  /** Counts the empty lines (LF or CRLF) that start at `start`; returns where the next line starts. */
  private skipEmptyLines(chunk: Buffer, start: number): number {
    const w = NEWLINES.length;
    let i = start;
    let blockFrom = start; // after a failed block compare, bytes are stepped one by one up to here
    for (;;) {
      if (i >= blockFrom) {
        const from = i;
        while (i + w <= chunk.length && chunk.compare(NEWLINES, 0, w, i, i + w) === 0) i += w;
        this.lineNo += i - from;
        blockFrom = i + w;
      }
      if (chunk[i] === NL) i++;
      else if (chunk[i] === CR && chunk[i + 1] === NL) i += 2;
      else return i;
      this.lineNo++;
    }
  }

  private keep(chunk: Buffer, start: number, end: number, out: SplitResult): void {
    if (this.overflowBytes >= 0) {
      this.overflowBytes += end - start;
      if (this.document) this.fromDocument(this.document.push(chunk.subarray(start, end)), this.lineNo + 1, out);
      return;
    }
    // A copy: the caller may reuse the chunk's memory for the next read.
    this.pending.push(Buffer.from(chunk.subarray(start, end)));
    this.pendingBytes += end - start;
    if (this.pendingBytes > this.maxLineBytes) {
      this.overflowBytes = this.pendingBytes;
      // A search API's answer saved as one line (`curl .../_search > hits.json`) is a document, not a record.
      if (firstByte(this.pending) === LBRACE) {
        this.document = new JsonValueSplitter(this.maxLineBytes);
        this.documentRecords = 0;
        for (const part of this.pending) this.fromDocument(this.document.push(part), this.lineNo + 1, out);
      }
      this.pending = [];
      this.pendingBytes = 0;
    }
  }

  /** A whole line over the cap, held: the records of the document it is, else one line too long. */
  private overLong(parts: Buffer[], bytes: number, out: SplitResult): void {
    if (firstByte(parts) === LBRACE) {
      this.document = new JsonValueSplitter(this.maxLineBytes);
      this.documentRecords = 0;
      for (const part of parts) this.fromDocument(this.document.push(part), this.lineNo, out);
      if (this.endDocument(Buffer.alloc(0), 0, 0, this.lineNo, out)) return;
    }
    out.oversized.push({ line: this.lineNo, bytes });
  }

  /** Records of the document on line `line`: they carry its number. */
  private fromDocument(r: { lines: Line[]; oversized: OversizedLine[] }, line: number, out: SplitResult): void {
    for (const l of r.lines) out.lines.push({ bytes: l.bytes, line });
    for (const o of r.oversized) out.oversized.push({ line, bytes: o.bytes });
    this.documentRecords += r.lines.length + r.oversized.length;
  }

  /** The over-long line ended: the document's last records; the line is over the cap unless read as records. */
  private endDocument(chunk: Buffer, start: number, end: number, line: number, out: SplitResult): boolean {
    const document = this.document;
    if (!document) return false;
    this.document = undefined;
    this.fromDocument(document.push(chunk.subarray(start, end)), line, out);
    const last = document.end();
    this.fromDocument(last, line, out);
    return this.documentRecords > 0 && last.truncated === undefined;
  }

  private finishLine(chunk: Buffer, start: number, end: number, out: SplitResult): void {
    if (this.overflowBytes >= 0) {
      const read = this.endDocument(chunk, start, end, this.lineNo + 1, out);
      this.lineNo++;
      if (!read) out.oversized.push({ line: this.lineNo, bytes: this.overflowBytes + (end - start) });
      this.overflowBytes = -1;
      return;
    }
    this.lineNo++;
    let bytes: Buffer;
    if (this.pendingBytes === 0) {
      if (end - start > this.maxLineBytes) {
        this.overLong([chunk.subarray(start, end)], end - start, out);
        return;
      }
      if (end > start && chunk[end - 1] === CR) end--;
      bytes = chunk.subarray(start, end);
    } else {
      const total = this.pendingBytes + (end - start);
      this.pending.push(chunk.subarray(start, end));
      const joined = Buffer.concat(this.pending, total);
      this.pending = [];
      this.pendingBytes = 0;
      if (total > this.maxLineBytes) {
        this.overLong([joined], total, out);
        return;
      }
      bytes = joined.subarray(0, total > 0 && joined[total - 1] === CR ? total - 1 : total);
    }
    if (bytes.length > 0) out.lines.push({ bytes, line: this.lineNo });
  }
}
