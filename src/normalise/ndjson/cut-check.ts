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

// White space JSON allows only between tokens, with its flag and where its next
// byte at or after the last span checked is (-1: none left). Spans come in
// order, so each byte of a line is searched once however many spans it has.
const WHITE = [TAB, CR, LF];
const HAS_WHITE = [HAS_TAB, HAS_CR, HAS_LF];
const nextWhite = new Int32Array(WHITE.length);

export function lineDoubts(line: Buffer): number {
  if (line.indexOf(NUL) !== -1 || line.indexOf(ESC) !== -1) return BROKEN;
  let doubts = isAscii(line) ? 0 : NOT_ASCII;
  for (let w = 0; w < WHITE.length; w++) {
    nextWhite[w] = line.indexOf(WHITE[w]!);
    if (nextWhite[w] !== -1) doubts |= HAS_WHITE[w]!;
  }
  return doubts;
}

/**
 * Whether line[from, to) can be dropped without hiding a syntax error the
 * checks can see. For the spans of one line, in order, after its lineDoubts.
 */
export function cutIsSound(line: Buffer, from: number, to: number, doubts: number): boolean {
  if (doubts === 0) return true;
  for (let w = 0; w < WHITE.length; w++) {
    let next = nextWhite[w]!;
    if (next === -1) continue;
    if (next < from) nextWhite[w] = next = line.indexOf(WHITE[w]!, from);
    if (next !== -1 && next < to) return false;
  }
  return (doubts & NOT_ASCII) === 0 || isUtf8(line.subarray(from, to));
}

/** Whether the line is ASCII: its parts then decode as latin1 (the same text, faster). */
export const isAsciiLine = (doubts: number): boolean => (doubts & NOT_ASCII) === 0;
