import { LineSplitter } from '../input/line-splitter.js';

export type Take = (bytes: Buffer, line: number) => void;

/**
 * The whole lines of `bytes`, the window just before a range or block,
 * numbered up to 0 (the range's first line is 1). When the window was cut
 * from the front (`cut`), its first line is not whole and is left out.
 */
export function contextBefore(bytes: Buffer, cut: boolean, maxLineBytes: number, take: Take): void {
  const whole = cut ? bytes.subarray(bytes.indexOf(0x0a) + 1) : bytes;
  const { lines } = new LineSplitter(maxLineBytes).push(whole);
  // Numbered from the window's line count, not from the lines handed on: blank and
  // over-long lines are skipped by the splitter, and would shift context lines into the range.
  const total = countLineEnds(whole);
  for (const l of lines) take(l.bytes, l.line - total);
}

function countLineEnds(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/**
 * The whole lines of `bytes`, the window just after a range or block, numbered
 * on from its `last` line. Past the window the last line may go on: only when
 * the window reaches the end of the input (`atEnd`) is it whole.
 */
export function contextAfter(bytes: Buffer, last: number, atEnd: boolean, maxLineBytes: number, take: Take): void {
  const splitter = new LineSplitter(maxLineBytes);
  const { lines } = splitter.push(bytes);
  const tail = atEnd ? splitter.end().lines : [];
  for (const l of [...lines, ...tail]) take(l.bytes, last + l.line);
}
