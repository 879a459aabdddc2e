import { decodeText } from '../../input/decode.js';
import { BROKEN, cutIsSound, isAsciiLine, lineDoubts } from './cut-check.js';
import {
  BACKSLASH,
  COLON,
  COMMA,
  LBRACE,
  LBRACKET as OPEN,
  QUOTE,
  RBRACE,
  RBRACKET as CLOSE,
} from '../../input/json-bytes.js';

/**
 * Most lines of a healthy log are successful calls, and most of their bytes
 * are records: the request's input[] and the result[] Marketo sent back. With
 * no reasons[] in result[] none of those records can be a failure, and no
 * report reads them one by one, so their arrays are shrunk before the line is
 * even decoded: decoding, JSON.parse, the redaction walk and the garbage all
 * shrink with them.
 *
 * - result[] becomes [].
 * - input[] becomes one number per record: a hash of the records' bytes, then
 *   zeros. Diagnostics still see the batch size and can tell one batch from
 *   another (retry detection), without the personal data.
 *
 * Everything works on bytes with Buffer.indexOf of single bytes (native
 * memchr), so the cut costs a fraction of the parse it saves. See
 * matchingBracket for how a bracket inside a string value is kept from doing
 * harm and how reasons[] are found, and cut-check.ts for the damage a cut
 * could hide; a cut that does not parse is parsed whole by the caller. Lines
 * near Marketo's 1 MB body limit are never cut, so near-limits measures them
 * exactly.
 */

const MAX_CUT_LINE = 800 * 1024;
const REASONS = Buffer.from('reasons');
const RESULT = Buffer.from('result');
const INPUT = Buffer.from('input');
// Bulk job statuses and stats counts are read from result[] as well: such a
// result is kept whole. Their keys open the first item, so only its start is searched.
const KEPT_RESULTS = ['"batchId"', '"exportId"', '"date"'].map((k) => Buffer.from(k));
const KEPT_LOOKAHEAD = 256;
const KEPT_START = new Uint8Array(256);
for (const key of KEPT_RESULTS) KEPT_START[key[1]!] = 1;
// A batch can only pass Marketo's 300-record limit in more bytes than this, so
// smaller input arrays are not counted record by record.
const BYTES_FOR_300_RECORDS = 300 * 8;

// The cuts of the line being shrunk: reused from line to line, so finding them allocates nothing.
const cutOpen: number[] = [];
const cutClose: number[] = [];
const cutText: string[] = [];

let lastCut = false;
/** Whether the text shrinkRecords gave last was cut: else it is the line's own, and parsing it again is no use. */
export const lastLineCut = (): boolean => lastCut;

/** The line as text, with its record arrays shrunk when that is safe. */
export function shrinkRecords(line: Buffer): string {
  const cuts = line.length > MAX_CUT_LINE ? 0 : findCuts(line);
  // Only a line with cuts is searched for damage they could hide.
  const doubts = cuts === 0 ? BROKEN : lineDoubts(line);
  lastCut = doubts !== BROKEN && soundCuts(line, cuts, doubts);
  if (!lastCut) return decodeText(line);
  // ASCII decodes several times faster as latin1, to the same text.
  const encoding = isAsciiLine(doubts) ? 'latin1' : 'utf8';
  let text = '';
  let copied = 0;
  for (let i = 0; i < cuts; i++) {
    text += line.toString(encoding, copied, cutOpen[i]! + 1) + cutText[i]!;
    copied = cutClose[i]!;
  }
  return text + line.toString(encoding, copied);
}

/**
 * How many cuts the line takes (0: none), in cutOpen/cutClose/cutText. Searches
 * are for single bytes: Buffer.indexOf of a number is a memchr behind a light
 * call, a Buffer needle costs about three times as much per call.
 */
function findCuts(line: Buffer): number {
  let cuts = 0;
  // Every array value starts `":[` (or `\\":[` in a JSON string). `[` is far
  // rarer than `"` in JSON, so the search is for it, and the key is read back.
  for (let open = line.indexOf(OPEN); open !== -1; ) {
    const kind = line[open - 1] === COLON && line[open - 2] === QUOTE ? keyBefore(line, open - 2) : undefined;
    if (kind === undefined) {
      open = line.indexOf(OPEN, open + 1);
      continue;
    }
    const close = matchingBracket(line, open);
    if (close === -1) return 0;
    if (close > open + 1) {
      if (!closesRecords(line, close)) return 0;
      // Record failures live in result[]: a line with any is parsed whole.
      if (kind === 'result' && (holdsReasons || keptResult(line, open, close))) return 0;
      cutOpen[cuts] = open;
      cutClose[cuts] = close;
      cutText[cuts++] = kind === 'result' ? '' : placeholders(line, open + 1, close);
    }
    open = openAfter;
  }
  return cuts;
}

function soundCuts(line: Buffer, cuts: number, doubts: number): boolean {
  for (let i = 0; i < cuts; i++) {
    if (!cutIsSound(line, cutOpen[i]! + 1, cutClose[i]!, doubts)) return false;
  }
  return true;
}

/** 'result' or 'input' when the key closed by the quote at `quote` is one of them. */
function keyBefore(line: Buffer, quote: number): 'result' | 'input' | undefined {
  const end = line[quote - 1] === BACKSLASH ? quote - 1 : quote;
  if (endsWithKey(line, end, RESULT)) return 'result';
  if (endsWithKey(line, end, INPUT)) return 'input';
  return undefined;
}

function endsWithKey(line: Buffer, end: number, name: Buffer): boolean {
  const start = end - name.length;
  if (start < 1 || line[start - 1] !== QUOTE) return false;
  for (let i = 0; i < name.length; i++) if (line[start + i] !== name[i]) return false;
  return true;
}

/** A result[] of bulk job statuses or stats, which is read whole: a key of theirs ends before `open` + 256. */
function keptResult(line: Buffer, open: number, close: number): boolean {
  const end = Math.min(close, open + KEPT_LOOKAHEAD);
  // 256 bytes are cheaper to walk than to search three times.
  for (let i = open + 1; i < end; i++) {
    if (line[i] !== QUOTE || !KEPT_START[line[i + 1]!]) continue;
    for (const key of KEPT_RESULTS) if (i + key.length <= end && startsWith(line, i, key)) return true;
  }
  return false;
}

function startsWith(line: Buffer, at: number, name: Buffer): boolean {
  for (let i = 0; i < name.length; i++) if (line[at + i] !== name[i]) return false;
  return true;
}

/** One number per record (for batches that could pass 300): a hash of the bytes first, zeros after. */
function placeholders(line: Buffer, from: number, to: number): string {
  if (to - from < BYTES_FOR_300_RECORDS) return String(sampleHash(line, from, to));
  // Records are counted by their `},{` breaks, found by their rarest byte.
  let records = 1;
  for (let i = line.indexOf(RBRACE, from); i !== -1 && i < to; i = line.indexOf(RBRACE, i + 1)) {
    if (line[i + 1] === COMMA && line[i + 2] === LBRACE) records++;
  }
  return records === 1
    ? String(sampleHash(line, from, to))
    : `${sampleHash(line, from, to)}${',0'.repeat(records - 1)}`;
}

/** FNV-1a over at most 512 evenly spaced bytes and the length: cheap, and enough to tell batches apart. */
function sampleHash(line: Buffer, from: number, to: number): number {
  const step = Math.max(1, Math.floor((to - from) / 512));
  let h = 0x811c9dc5 ^ (to - from);
  for (let i = from; i < to; i += step) h = Math.imul(h ^ line[i]!, 0x01000193);
  return (h >>> 0) + 1; // never 0, so it cannot be mistaken for a placeholder
}

// Besides its result, matchingBracket tells the first `[` after the `]` (the next array, so the
// line is searched once) and whether an array inside was one of a record's reasons[].
let openAfter = -1;
let holdsReasons = false;

/**
 * Index of the `]` that closes the `[` at `open`, or -1, found with native
 * searches only. A flat array (no other `[` before the first `]`) cannot be
 * misread. In an array that holds arrays a bracket inside a string value could
 * mislead the count, so every bracket counted must sit where JSON puts one: a
 * `[` after `:`, `,` or `[`, a `]` before `,`, `}` or `]`. "Acme [EU]" does
 * not, and the line is then parsed whole.
 */
export function matchingBracket(line: Buffer, open: number): number {
  holdsReasons = false;
  let close = line.indexOf(CLOSE, open + 1);
  if (close === -1) return -1;
  let nextOpen = line.indexOf(OPEN, open + 1);
  openAfter = nextOpen;
  if (nextOpen === -1 || nextOpen > close) return close;
  let depth = 1;
  for (;;) {
    while (nextOpen !== -1 && nextOpen < close) {
      const before = line[nextOpen - 1];
      if (before === COLON) holdsReasons ||= mayBeReasons(line, nextOpen - 2);
      else if (before !== COMMA && before !== OPEN) return -1;
      depth++;
      nextOpen = line.indexOf(OPEN, nextOpen + 1);
    }
    const after = line[close + 1];
    if (after !== COMMA && after !== RBRACE && after !== CLOSE) return -1;
    if (--depth === 0) {
      openAfter = nextOpen;
      return close;
    }
    close = line.indexOf(CLOSE, close + 1);
    if (close === -1) return -1;
  }
}

/**
 * Whether the key that ends at `quote` (just before `:[`) is, or may be, `reasons`.
 * The classifier reads a record's failures only from an array under that key,
 * so a result[] with no such array loses nothing when cut. A key whose end is
 * not a plain quote (`"reasons" :[`) counts as one; a key spelt with escapes
 * (`re\u0061sons`) is not seen, as it was not by the search for its bytes before.
 */
function mayBeReasons(line: Buffer, quote: number): boolean {
  if (line[quote] !== QUOTE) return true;
  let end = quote;
  while (line[end - 1] === BACKSLASH) end--;
  return endsWithKey(line, end, REASONS);
}

/**
 * An array of records ends `}]` and is followed by the next key or the end of
 * its object. A `]` inside a string value almost never sits like that, and if
 * it does the cut text fails to parse and the line is parsed whole.
 */
function closesRecords(line: Buffer, close: number): boolean {
  const after = line[close + 1];
  return line[close - 1] === RBRACE && (after === COMMA || after === RBRACE);
}
