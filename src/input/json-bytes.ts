/** Byte-level helpers for walking JSON text without decoding it. */

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;
export const LBRACKET = 0x5b;
export const RBRACKET = 0x5d;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const LF = 0x0a;

export function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === LF || c === 0x0d || c === 0x09;
}

// Runs of newlines (a hostile file can hold gigabytes of them) are compared a block at a time.
const NEWLINES = Buffer.alloc(4096, LF);
const W = NEWLINES.length;

const newlineBlockAt = (buf: Buffer, i: number, end: number): boolean =>
  i + W <= end && buf[i + W - 1] === LF && buf.compare(NEWLINES, 0, W, i, i + W) === 0;

/** Index after the run of LF bytes that starts at `i` (at most `end`). */
export function skipNewlines(buf: Buffer, i: number, end: number): number {
  while (newlineBlockAt(buf, i, end)) i += W;
  while (i < end && buf[i] === LF) i++;
  return i;
}

/** How many LF bytes are in buf[from, to): one compare per byte, a memcmp per 4 KB of newlines. */
export function countNewlines(buf: Buffer, from: number, to: number): number {
  let n = 0;
  let i = from;
  while (i < to) {
    if (buf[i] === LF && newlineBlockAt(buf, i, to)) {
      n += W;
      i += W;
    } else if (buf[i++] === LF) n++;
  }
  return n;
}

/** Bytes that may make up a number or true/false/null (checked loosely: JSON.parse or the grammar catches the rest). */
export function isScalarByte(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x2d ||
    c === 0x2b ||
    c === 0x2e
  );
}

// Short strings (header names, keys) are cheaper to walk in JS than to hand to
// the native indexOf; long ones (bodies, base64) are far cheaper natively.
const INLINE_SCAN = 24;

/**
 * Index of the quote that closes a JSON string whose content continues at
 * `from`, or -1 when the buffer ends first. `carryOdd` says whether the bytes
 * just before this buffer ended in an odd run of backslashes (string began in
 * an earlier chunk); a run that reaches index 0 continues that run.
 */
export function stringEnd(buf: Buffer, from: number, carryOdd: boolean): number {
  const n = buf.length;
  let i = from;
  const inlineEnd = Math.min(n, from + INLINE_SCAN);
  if (from === 0 && carryOdd) {
    if (n === 0) return -1;
    i = 1; // the first byte is escaped by the previous chunk
  }
  while (i < inlineEnd) {
    const c = buf[i]!;
    if (c === QUOTE) return i;
    i += c === BACKSLASH ? 2 : 1;
  }
  for (;;) {
    if (i >= n) return -1;
    const q = buf.indexOf(QUOTE, i);
    if (q === -1) return -1;
    let k = q - 1;
    while (k >= i && buf[k] === BACKSLASH) k--;
    // k stopped on a byte we know is not escaping (or on i, which the walk
    // reached unescaped), so the parity of the run decides.
    if (((q - 1 - k) & 1) === 0) return q;
    i = q + 1;
  }
}

/**
 * Whether the buffer ends in an odd run of backslashes, for a string still
 * open at the end of the chunk. `carryOdd` is the same flag for the previous
 * chunk, used when the whole buffer is backslashes.
 */
export function endsEscaped(buf: Buffer, carryOdd: boolean): boolean {
  let k = buf.length - 1;
  while (k >= 0 && buf[k] === BACKSLASH) k--;
  const odd = ((buf.length - 1 - k) & 1) === 1;
  return k < 0 ? odd !== carryOdd : odd;
}

/** A byte as a short, safe description for an error message (never raw log text). */
export function describeByte(c: number): string {
  if (c >= 0x21 && c <= 0x7e) return `'${String.fromCharCode(c)}'`;
  return `byte 0x${c.toString(16).padStart(2, '0')}`;
}
