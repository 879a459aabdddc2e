import { isAscii, isUtf8 } from 'node:buffer';
import { LF } from '../../input/json-bytes.js';

/**
 * A cut drops bytes JSON.parse never sees, so damage inside them would turn a
 * broken line into a valid one and the malformed count would lie. These checks
 * look at every dropped byte with native searches only (memchr and a SIMD
 * UTF-8 check: a few percent of the parse they save), and refuse the cut when
 * they find what JSON can never hold there:
 * - NUL and ESC anywhere in the line: no JSON text holds a raw C0 byte other
 *   than white space, so such a line is broken whole and is not cut at all
 *   (zero-filled holes after a crash, terminal colours);
 * - a raw tab, CR or LF in the dropped bytes: JSON allows them only between
 *   tokens, and the writers whose arrays are cut (`":[`, no space) are compact
 *   ones that put none there; pretty printers write `": [` and are never cut;
 * - bytes that are not UTF-8 (binary garbage, a character cut in half).
 * What they cannot see, so a cut can still hide it: damage made only of
 * printable ASCII or valid UTF-8 (a stray quote, brace or comma, `{{{`), the
 * rarer C0 bytes (0x01-0x08, 0x0b, 0x0c, 0x0e-0x1a, 0x1c-0x1f), bad escapes
 * (`\x`). Seeing those needs a walk of every byte in JavaScript: about 85 ms
 * per 64 MB on the bench corpus, half of the JSON.parse time the cuts save there.
 */
const NUL = 0x00;
const TAB = 0x09;
const CR = 0x0d;
const ESC = 0x1b;

/** What one line holds, read once: 0 for a line that can be cut, else flags. */
export const BROKEN = 1;
const HAS_TAB = 2;
const HAS_CR = 4;
const HAS_LF = 8;
const NOT_ASCII = 16;

export function lineDoubts(line: Buffer): number {
  if (line.indexOf(NUL) !== -1 || line.indexOf(ESC) !== -1) return BROKEN;
  let doubts = 0;
  if (line.indexOf(TAB) !== -1) doubts |= HAS_TAB;
  if (line.indexOf(CR) !== -1) doubts |= HAS_CR;
  if (line.indexOf(LF) !== -1) doubts |= HAS_LF;
  if (!isAscii(line)) doubts |= NOT_ASCII;
  return doubts;
}

/** Whether line[from, to) can be dropped without hiding a syntax error the checks can see. */
export function cutIsSound(line: Buffer, from: number, to: number, doubts: number): boolean {
  if (doubts === 0) return true;
  if (doubts & HAS_TAB && holds(line, TAB, from, to)) return false;
  if (doubts & HAS_CR && holds(line, CR, from, to)) return false;
  if (doubts & HAS_LF && holds(line, LF, from, to)) return false;
  return (doubts & NOT_ASCII) === 0 || isUtf8(line.subarray(from, to));
}

/** Whether the lines's ASCII: its parts then decode as latin1 (the same text, faster). */
export const isAsciiLine = (doubts: number): boolean => (doubts & NOT_ASCII) === 0;

function holds(line: Buffer, byte: number, from: number, to: number): boolean {
  const at = line.indexOf(byte, from);
  return at !== -1 && at < to;
}
