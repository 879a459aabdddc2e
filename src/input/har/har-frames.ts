import { entryText } from './entry-text.js';
import type { HarEnd, HarEntryText, OversizedEntry } from './har-scan-types.js';

/**
 * A HAR's entries as its reading thread hands them on (read-worker.ts scans
 * the file, run.ts analyses the entries): frames one after another in the
 * ring's byte stream, each a header and its bytes. Finding the entries is a
 * quarter of a HAR's work on one thread; so the main thread only slices them.
 *
 * Header (little-endian): kind u32, line u32, entry u32, length u32, offset f64.
 * An entry frame holds the entry's bytes; an oversized one the skipped entry's
 * first bytes (its size is `offset`); the end frame the scanner's HarEnd as JSON.
 */
export const FRAME_ENTRY = 1;
export const FRAME_OVERSIZED = 2;
export const FRAME_END = 3;
export const FRAME_HEADER_BYTES = 24;

export function frameHeader(kind: number, line: number, entry: number, length: number, offset: number): Buffer {
  const header = Buffer.allocUnsafe(FRAME_HEADER_BYTES);
  header.writeUInt32LE(kind, 0);
  header.writeUInt32LE(line, 4);
  header.writeUInt32LE(entry, 8);
  header.writeUInt32LE(length, 12);
  header.writeDoubleLE(offset, 16);
  return header;
}

/** What the main thread's reading loop needs of a splitter, as HarScanner gives it (run.ts). */
export interface FrameBatch {
  lines: HarEntryText[];
  oversized: OversizedEntry[];
}

/**
 * Reads frames out of the chunks of a byte stream. An entry within one chunk
 * is a view into it, valid until the next push, as the scanner's entries are;
 * a frame across chunks is put together in a buffer of its own.
 */
export class FrameReader {
  private readonly header = Buffer.alloc(FRAME_HEADER_BYTES);
  private headerHave = 0;
  private body: Buffer | undefined;
  private bodyHave = 0;
  private ending: HarEnd | undefined;

  /** The scanner's verdict, once the end frame came. */
  get end(): HarEnd | undefined {
    return this.ending;
  }

  push(chunk: Buffer): FrameBatch {
    const out: FrameBatch = { lines: [], oversized: [] };
    let i = 0;
    while (i < chunk.length) {
      if (this.body) {
        // The rest of a frame begun in an earlier chunk.
        const n = Math.min(this.body.length - this.bodyHave, chunk.length - i);
        chunk.copy(this.body, this.bodyHave, i, i + n);
        this.bodyHave += n;
        i += n;
        if (this.bodyHave === this.body.length) this.take(this.body, out);
        continue;
      }
      if (this.headerHave === 0 && i + FRAME_HEADER_BYTES <= chunk.length) {
        const length = chunk.readUInt32LE(i + 12);
        const from = i + FRAME_HEADER_BYTES;
        if (from + length <= chunk.length) {
          this.emit(chunk, i, chunk.subarray(from, from + length), out);
          i = from + length;
          continue;
        }
        chunk.copy(this.header, 0, i, from);
        this.headerHave = FRAME_HEADER_BYTES;
        i = from;
      } else if (this.headerHave < FRAME_HEADER_BYTES) {
        const n = Math.min(FRAME_HEADER_BYTES - this.headerHave, chunk.length - i);
        chunk.copy(this.header, this.headerHave, i, i + n);
        this.headerHave += n;
        i += n;
        if (this.headerHave < FRAME_HEADER_BYTES) break;
      }
      this.body = Buffer.allocUnsafe(this.header.readUInt32LE(12));
      this.bodyHave = 0;
      if (this.body.length === 0) this.take(this.body, out);
    }
    return out;
  }

  private take(body: Buffer, out: FrameBatch): void {
    this.emit(this.header, 0, body, out);
    this.body = undefined;
    this.headerHave = 0;
  }

  private emit(from: Buffer, at: number, bytes: Buffer, out: FrameBatch): void {
    const kind = from.readUInt32LE(at);
    const line = from.readUInt32LE(at + 4);
    const entry = from.readUInt32LE(at + 8);
    const offset = from.readDoubleLE(at + 16);
    if (kind === FRAME_ENTRY) out.lines.push(entryText(bytes, line, offset, entry));
    else if (kind === FRAME_OVERSIZED) out.oversized.push({ line, bytes: offset, entry, head: Buffer.from(bytes) });
    else if (kind === FRAME_END) this.ending = JSON.parse(bytes.toString('utf8')) as HarEnd;
  }
}

/** The end frame's bytes: HarEnd is plain data (its detail a Message of a key and parameters). */
export function endFrame(end: HarEnd): Buffer {
  const body = Buffer.from(JSON.stringify(end));
  return Buffer.concat([frameHeader(FRAME_END, 0, 0, body.length, 0), body]);
}
