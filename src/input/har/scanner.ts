import { msg, type Message } from '../../errors/words.js';
import type { HarEnd, HarEntryText, HarFailure, HarScannerOptions, OversizedEntry } from './har-scan-types.js';
import {
  COMMA,
  LBRACE,
  LBRACKET,
  LF,
  QUOTE,
  RBRACKET,
  describeByte,
  endsEscaped,
  countNewlines,
  isJsonSpace,
  isScalarByte,
  skipNewlines,
  stringEnd,
} from '../json-bytes.js';
import { B_OPEN, B_OTHER, B_QUOTE, ENTRY_BYTE, firstBytes, scalarEnd } from './entry-bytes.js';
import { entryText } from './entry-text.js';
import { A_AFTER_COMMA, A_AFTER_ENTRY, A_FIRST, M_ARRAY, M_BOM, M_ENTRY, M_FAILED, M_OUTER } from './scan-states.js';
import { OuterGrammar } from './outer-grammar.js';

export type { HarEnd, HarEntryText, HarFailure, HarScannerOptions, OversizedEntry } from './har-scan-types.js';

/** Newlines closer than this are counted byte by byte, not found one call each. */
const DENSE_LF_GAP = 4;

// The analyzer passes its own cap (pipeline/options.ts); this one is for the scanner used alone.
const DEFAULT_MAX_ENTRY_BYTES = 8 * 1024 * 1024;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * Finds `log.entries` in HAR bytes and hands back the raw text of each entry,
 * one chunk at a time, so that a HAR of any size is read with memory bounded
 * by its largest entry. Knows no stream type: feed it Buffers with push(),
 * then call end().
 */
export class HarScanner {
  private readonly maxEntryBytes: number;
  private mode = M_BOM;
  private bomSeen = 0;
  private failure: HarEnd | undefined;
  private count = 0;

  // Position bookkeeping: `base` is the file offset of the current chunk.
  private base = 0;
  private line = 1;
  private nextLf = -1; // next LF in the current chunk not yet counted

  // A string inside an entry may span chunks.
  private inString = false;
  private carryOdd = false;

  private readonly outer = new OuterGrammar();

  // Entries array.
  private arrayState = A_FIRST;
  private depth = 0;
  private entryStart = 0; // in the current chunk
  private entryLine = 0;
  private entryOffset = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private skipping = false; // the current entry is over maxEntryBytes: counted, not kept
  private skippedHead: Buffer = Buffer.alloc(0); // its first bytes, which name its URL
  /** Entries skipped for their size since the last takeOversized(). */
  private oversized: OversizedEntry[] = [];

  constructor(opts: HarScannerOptions = {}) {
    this.maxEntryBytes = opts.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  }

  get failed(): boolean {
    return this.mode === M_FAILED;
  }

  /** Where entries over maxEntryBytes were skipped (the scan goes on after them). */
  takeOversized(): OversizedEntry[] {
    const out = this.oversized;
    this.oversized = [];
    return out;
  }

  /** Scans one chunk; returns the entries completed in it. */
  push(chunk: Buffer): HarEntryText[] {
    const out: HarEntryText[] = [];
    const n = chunk.length;
    if (this.mode === M_FAILED || n === 0) return out;
    this.nextLf = chunk.indexOf(LF);
    let i = 0;
    while (i < n && this.mode !== M_FAILED) {
      if (this.mode === M_ENTRY) i = this.scanEntry(chunk, i, out);
      else if (this.mode === M_ARRAY) i = this.scanArray(chunk, i, out);
      else if (this.mode === M_OUTER) i = this.scanOuter(chunk, i);
      else i = this.skipBom(chunk, i);
    }
    if (this.mode === M_FAILED) return out;
    if (this.inString) this.carryOdd = endsEscaped(chunk, this.carryOdd);
    if (this.mode === M_OUTER) this.outer.chunkEnd(chunk);
    if (this.mode === M_ENTRY) this.keepTail(chunk);
    this.lineAt(chunk, n);
    this.base += n;
    return out;
  }

  /** Says how the input ended; call once, after the last push. */
  end(): HarEnd {
    if (this.failure) return this.failure;
    const entries = this.count;
    if (!this.outer.sawContent) return this.fail('truncated', this.base, msg('harEmpty'));
    if (this.mode === M_ENTRY) {
      const detail = msg('harEndsInEntry', { entry: entries + 1 });
      return this.failAt('truncated', this.entryLine, this.entryOffset, detail);
    }
    if (!this.outer.complete) {
      return this.fail('truncated', this.base, msg(this.mode === M_ARRAY ? 'harEndsInEntries' : 'harEndsBeforeClose'));
    }
    if (!this.outer.entriesSeen) return this.failAt('no-entries-array', 1, 0, msg('harNoEntries'));
    return { ok: true, entries };
  }

  private skipBom(buf: Buffer, i: number): number {
    while (i < buf.length && this.bomSeen < 3) {
      if (buf[i] !== BOM[this.bomSeen]) {
        if (this.bomSeen > 0) return this.invalid(buf, i, msg('harBrokenBom'));
        break;
      }
      this.bomSeen++;
      i++;
    }
    if (this.bomSeen === 3 || i < buf.length) this.mode = M_OUTER;
    return i;
  }

  /** Inside one entry: the hot loop. Counts depth, jumps over strings. */
  private scanEntry(buf: Buffer, i: number, out: HarEntryText[]): number {
    const n = buf.length;
    if (this.inString) {
      const q = stringEnd(buf, i, this.carryOdd);
      if (q < 0) return n;
      this.inString = false;
      i = q + 1;
    }
    let depth = this.depth;
    while (i < n) {
      const kind = ENTRY_BYTE[buf[i]!];
      if (kind === B_OTHER) {
        i++;
      } else if (kind === B_QUOTE) {
        const q = stringEnd(buf, i + 1, false);
        if (q < 0) {
          this.inString = true;
          this.carryOdd = false;
          break;
        }
        i = q + 1;
      } else if (kind === B_OPEN) {
        depth++;
        i++;
      } else if (--depth === 0) {
        this.depth = 0;
        this.emit(buf, i + 1, out);
        return i + 1;
      } else {
        i++;
      }
    }
    this.depth = depth;
    return n;
  }

  private emit(buf: Buffer, end: number, out: HarEntryText[]): void {
    const size = this.pendingBytes + end - this.entryStart;
    this.count++;
    this.mode = M_ARRAY;
    this.arrayState = A_AFTER_ENTRY;
    if (this.skipping || size > this.maxEntryBytes) {
      const head = this.skipping ? this.skippedHead : firstBytes([...this.pending, buf.subarray(this.entryStart, end)]);
      this.oversized.push({ line: this.entryLine, bytes: size, entry: this.count, head });
      this.skipping = false;
      this.skippedHead = Buffer.alloc(0);
      this.pending = [];
      this.pendingBytes = 0;
      return;
    }
    let bytes: Buffer;
    if (this.pending.length === 0) {
      bytes = buf.subarray(this.entryStart, end);
    } else {
      // Decoded only once all bytes are together, so split UTF-8 sequences join up.
      this.pending.push(buf.subarray(0, end));
      bytes = Buffer.concat(this.pending, size);
      this.pending = [];
      this.pendingBytes = 0;
    }
    out.push(entryText(bytes, this.entryLine, this.entryOffset, this.count));
  }

  /** An entry continues into the next chunk: copy only its part of this one (the caller may reuse its buffer). */
  private keepTail(chunk: Buffer): void {
    this.pendingBytes += chunk.length - this.entryStart;
    if (!this.skipping) this.pending.push(Buffer.from(chunk.subarray(this.entryStart)));
    this.entryStart = 0;
    if (!this.skipping && this.pendingBytes > this.maxEntryBytes) {
      // Memory stays bounded: the rest of the entry is only measured.
      this.skipping = true;
      this.skippedHead = firstBytes(this.pending);
      this.pending = [];
    }
  }

  /** Between entries: whitespace, commas, the next '{' or the closing ']'. */
  private scanArray(buf: Buffer, i: number, out: HarEntryText[]): number {
    const n = buf.length;
    while (i < n) {
      const c = buf[i]!;
      if (isJsonSpace(c)) {
        i = c === LF ? skipNewlines(buf, i, n) : i + 1;
      } else if ((c === LBRACE || c === LBRACKET) && this.arrayState !== A_AFTER_ENTRY) {
        // An array is read whole like an object, and counted as a malformed entry later.
        this.mode = M_ENTRY;
        this.depth = 1;
        this.entryStart = i;
        this.entryOffset = this.base + i;
        this.entryLine = this.lineAt(buf, i);
        return i + 1;
      } else if (c === COMMA && this.arrayState === A_AFTER_ENTRY) {
        this.arrayState = A_AFTER_COMMA;
        i++;
      } else if (c === RBRACKET && this.arrayState !== A_AFTER_COMMA) {
        this.mode = M_OUTER;
        this.outer.leaveEntries();
        return i + 1;
      } else if (this.arrayState !== A_AFTER_ENTRY && (isScalarByte(c) || c === QUOTE)) {
        // Not an object: handed on as an entry of its own, so that it is counted
        // as malformed and the entries after it are still read.
        const end = c === QUOTE ? stringEnd(buf, i + 1, false) + 1 : scalarEnd(buf, i);
        if (end <= i || end > n)
          return this.invalid(buf, i, msg('harUnexpectedInEntries', { byte: describeByte(c), expected: 'entry' }));
        this.count++;
        out.push(entryText(buf.subarray(i, end), this.lineAt(buf, i), this.base + i, this.count));
        this.arrayState = A_AFTER_ENTRY;
        i = end;
      } else {
        const expected = this.arrayState === A_AFTER_ENTRY ? 'commaOrBracket' : 'entry';
        return this.invalid(buf, i, msg('harUnexpectedInEntries', { byte: describeByte(c), expected }));
      }
    }
    return n;
  }

  private scanOuter(buf: Buffer, i: number): number {
    const next = this.outer.scan(buf, i);
    const error = this.outer.error;
    if (error) return this.invalid(buf, error.at, error.detail);
    if (this.outer.atEntries) {
      this.mode = M_ARRAY;
      this.arrayState = A_FIRST;
    }
    return next;
  }

  /** 1-based line of a position in the current chunk; positions must not go backwards within a chunk. */
  private lineAt(buf: Buffer, pos: number): number {
    let lf = this.nextLf;
    let previous = -DENSE_LF_GAP;
    while (lf !== -1 && lf < pos) {
      this.line++;
      if (lf - previous < DENSE_LF_GAP) {
        // Newlines close together (a run of blank lines): one indexOf per newline would cost 60 ns each.
        this.line += countNewlines(buf, lf + 1, pos);
        lf = buf.indexOf(LF, pos);
        break;
      }
      previous = lf;
      lf = buf.indexOf(LF, lf + 1);
    }
    this.nextLf = lf;
    return this.line;
  }

  private invalid(buf: Buffer, i: number, detail: Message): number {
    this.failAt('invalid', this.lineAt(buf, i), this.base + i, detail);
    return buf.length;
  }

  private fail(reason: HarFailure, offset: number, detail: Message): HarEnd {
    return this.failAt(reason, this.line, offset, detail);
  }

  private failAt(reason: HarFailure, line: number, offset: number, detail: Message): HarEnd {
    this.mode = M_FAILED;
    this.failure = { ok: false, entries: this.count, line, offset, reason, detail };
    return this.failure;
  }
}
