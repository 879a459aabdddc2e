import { msg, type Message } from '../../errors/words.js';
import type { JsonExpected } from '../../errors/reason-words.js';
import {
  COLON,
  COMMA,
  LBRACE,
  LBRACKET,
  LF,
  QUOTE,
  RBRACE,
  RBRACKET,
  describeByte,
  endsEscaped,
  isJsonSpace,
  isScalarByte,
  skipNewlines,
  stringEnd,
} from '../json-bytes.js';

// What the outer grammar expects next.
const X_VALUE = 0;
const X_VALUE_OR_CLOSE = 1;
const X_KEY = 2;
const X_KEY_OR_CLOSE = 3;
const X_COLON = 4;
const X_AFTER_VALUE = 5;
const X_END = 6;
const EXPECTED: readonly JsonExpected[] = [
  'value',
  'valueOrClose',
  'key',
  'keyOrClose',
  'colon',
  'commaOrClose',
  'end',
];

const OBJ = 1;
const ARR = 2;

/**
 * The JSON around log.entries, followed by grammar (stack of open brackets,
 * what may come next) so that only the "entries" key of the "log" object is
 * taken, whatever the key order, and so that garbage is caught where it starts.
 * Works on bytes; only short keys are ever decoded.
 */
export class OuterGrammar {
  /** Set when scan() stopped just after the '[' of log.entries. */
  atEntries = false;
  entriesSeen = false;
  sawContent = false;
  error: { at: number; detail: Message } | undefined;

  private readonly stack: number[] = [];
  private expect = X_VALUE;
  private inString = false;
  private carryOdd = false;
  private inScalar = false;
  private keyOpen = false;
  private key = '';
  private logOpen = false;
  private logSeen = false;

  /** The root object has been closed. */
  get complete(): boolean {
    return this.expect === X_END;
  }

  /** The caller read log.entries up to and including its ']'. */
  leaveEntries(): void {
    this.atEntries = false;
    this.stack.pop();
    this.expect = X_AFTER_VALUE;
  }

  /** Call at the end of every chunk this grammar scanned. */
  chunkEnd(buf: Buffer): void {
    if (this.inString) this.carryOdd = endsEscaped(buf, this.carryOdd);
  }

  /**
   * Scans from `i` until the chunk ends, the '[' of log.entries has been
   * read (`atEntries` is then set) or the bytes stop being JSON (`error`).
   * Returns where it stopped.
   */
  scan(buf: Buffer, i: number): number {
    const n = buf.length;
    if (this.inString) {
      const q = stringEnd(buf, i, this.carryOdd);
      if (this.keyOpen) this.key += buf.toString('latin1', i, Math.min(q < 0 ? n : q, i + 16));
      if (q < 0) return n;
      this.closeString();
      i = q + 1;
    }
    while (this.inScalar && i < n && isScalarByte(buf[i]!)) i++;
    if (i < n && this.inScalar) {
      this.inScalar = false;
      this.valueDone();
    }
    while (i < n) {
      const c = buf[i]!;
      if (isJsonSpace(c)) {
        i = c === LF ? skipNewlines(buf, i, n) : i + 1;
        continue;
      }
      this.sawContent = true;
      const x = this.expect;
      if (
        c === QUOTE &&
        (x === X_KEY || x === X_KEY_OR_CLOSE || ((x === X_VALUE || x === X_VALUE_OR_CLOSE) && this.stack.length > 0))
      ) {
        this.keyOpen = x === X_KEY || x === X_KEY_OR_CLOSE;
        this.key = '';
        const q = stringEnd(buf, i + 1, false);
        if (this.keyOpen) this.key = buf.toString('latin1', i + 1, Math.min(q < 0 ? n : q, i + 17));
        if (q < 0) {
          this.inString = true;
          this.carryOdd = false;
          return n;
        }
        this.closeString();
        i = q + 1;
      } else if (x === X_VALUE || x === X_VALUE_OR_CLOSE) {
        if (c === LBRACE) {
          this.logOpen ||= this.stack.length === 1 && this.key === 'log' && !this.logSeen;
          this.logSeen ||= this.logOpen;
          this.stack.push(OBJ);
          this.expect = X_KEY_OR_CLOSE;
        } else if (c === LBRACKET && this.stack.length > 0) {
          this.stack.push(ARR);
          if (this.stack.length === 3 && this.logOpen && this.key === 'entries' && !this.entriesSeen) {
            this.entriesSeen = true;
            this.atEntries = true;
            return i + 1;
          }
          this.expect = X_VALUE_OR_CLOSE;
        } else if (c === RBRACKET && x === X_VALUE_OR_CLOSE) {
          this.close(ARR);
        } else if (isScalarByte(c) && this.stack.length > 0) {
          i++;
          while (i < n && isScalarByte(buf[i]!)) i++;
          if (i === n) this.inScalar = true;
          else this.valueDone();
          continue;
        } else {
          const expected = this.stack.length === 0 ? 'harObject' : EXPECTED[x]!;
          return this.invalid(i, msg('jsonUnexpected', { byte: describeByte(c), expected }));
        }
        i++;
      } else if (c === COLON && x === X_COLON) {
        this.expect = X_VALUE;
        i++;
      } else if (c === COMMA && x === X_AFTER_VALUE) {
        this.expect = this.stack[this.stack.length - 1] === OBJ ? X_KEY : X_VALUE;
        i++;
      } else if (
        (c === RBRACE && (x === X_AFTER_VALUE || x === X_KEY_OR_CLOSE)) ||
        (c === RBRACKET && x === X_AFTER_VALUE)
      ) {
        if (!this.close(c === RBRACE ? OBJ : ARR))
          return this.invalid(i, msg('jsonBracketMismatch', { byte: describeByte(c) }));
        i++;
      } else {
        return this.invalid(i, msg('jsonUnexpected', { byte: describeByte(c), expected: EXPECTED[x]! }));
      }
    }
    return n;
  }

  private closeString(): void {
    this.inString = false;
    if (this.keyOpen) {
      this.keyOpen = false;
      this.expect = X_COLON;
    } else {
      this.valueDone();
    }
  }

  private close(kind: number): boolean {
    if (this.stack.pop() !== kind) return false;
    if (this.stack.length === 1) this.logOpen = false;
    this.valueDone();
    return true;
  }

  private valueDone(): void {
    this.expect = this.stack.length === 0 ? X_END : X_AFTER_VALUE;
  }

  private invalid(at: number, detail: Message): number {
    this.error = { at, detail };
    return at;
  }
}
