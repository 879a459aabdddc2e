import { LBRACE, LBRACKET, QUOTE, RBRACE, RBRACKET, isScalarByte } from '../json-bytes.js';

// Byte-level helpers of the HAR scanner (scanner.ts).

/** How much of a skipped entry is kept: enough to hold its request URL. */
const HEAD_BYTES = 64 * 1024;

/** A copy of the first HEAD_BYTES of the parts together. */
export function firstBytes(parts: Buffer[]): Buffer {
  return Buffer.concat(
    parts,
    Math.min(
      HEAD_BYTES,
      parts.reduce((n, p) => n + p.length, 0),
    ),
  );
}

// Byte classes inside an entry; one table lookup per byte beats a chain of compares.
export const B_OTHER = 0;
export const B_OPEN = 1;
export const B_CLOSE = 2;
export const B_QUOTE = 3;
export const ENTRY_BYTE = new Uint8Array(256);
ENTRY_BYTE[LBRACE] = ENTRY_BYTE[LBRACKET] = B_OPEN;
ENTRY_BYTE[RBRACE] = ENTRY_BYTE[RBRACKET] = B_CLOSE;
ENTRY_BYTE[QUOTE] = B_QUOTE;

/** End of a number, true, false or null that starts at `i`; -1 when the chunk ends first. */
export function scalarEnd(buf: Buffer, i: number): number {
  let j = i;
  while (j < buf.length && isScalarByte(buf[j]!)) j++;
  return j < buf.length ? j : -1;
}
