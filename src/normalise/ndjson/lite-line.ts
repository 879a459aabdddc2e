import { decodeText } from '../../input/decode.js';
import { BROKEN, cutIsSound, isAsciiLine, lineDoubts } from './cut-check.js';
import { BACKSLASH, COLON, COMMA, LBRACKET as OPEN, QUOTE, RBRACE, RBRACKET as CLOSE } from '../../input/json-bytes.js';

/**
 * Most lines of a healthy log are successful calls, and most of their bytes
 * are records: the request's input[] and the result[] Marketo sent back. With
 * no `reasons` in result[] none of those records can be a failure,
 * and no report reads them one by one, so their arrays are shrunk before the
 * line is even decoded: decoding, JSON.parse, the redaction walk and the
 * garbage all shrink with them.
 *
 * - result[] becomes [].
 * - input[] becomes one number per record: a hash of the records' bytes, then
 *   zeros. Diagnostics still see the batch size and can tell one batch from
 *   another (retry detection), without the personal data.
 *
 * Everything works on bytes with Buffer.indexOf (native memchr/memmem), so the
 * cut costs a fraction of the parse it saves. See matchingBracket for how a
 * bracket inside a string value is kept from doing harm, and cut-check.ts for
 * the damage a cut could hide; a cut that does not parse is parsed whole by the caller. Lines near Marketo's 1 MB body limit
 * are never cut, so near-limits measures them exactly.
 */

const MAX_CUT_LINE = 800 * 1024;
const REASONS = Buffer.from('reasons');
const RESULT = Buffer.from('result');
const INPUT = Buffer.from('input');
const RECORD_BREAK = Buffer.from('},{');
// Bulk job statuses and stats counts are read from result[] as well: such a
// result is kept whole. Their keys open the first item, so only its start is searched.
const KEPT_RESULTS = ['"batchId"', '"exportId"', '"date"'].map((k) => Buffer.from(k));
const KEPT_LOOKAHEAD = 256;
// A batch can only pass Marketo's 300-record limit in more bytes than this, so
// smaller input arrays are not counted record by record.
const BYTES_FOR_300_RECORDS = 300 * 8;

interface Cut {
  open: number;
  close: number;
  replacement: string;
}

/** The line as text, with its record arrays shrunk when that is safe. */
export function shrinkRecords(line: Buffer): string {
  const doubts = line.length > MAX_CUT_LINE ? BROKEN : lineDoubts(line);
  const cuts = doubts === BROKEN ? undefined : findCuts(line, doubts);
  if (!cuts) return decodeText(line);
  // ASCII decodes several times faster as latin1, to the same text.
  const encoding = isAsciiLine(doubts) ? 'latin1' : 'utf8';
  let text = '';
  let copied = 0;
  for (const cut of cuts) {
    text += line.toString(encoding, copied, cut.open + 1) + cut.replacement;
    copied = cut.close;
  }
  return text + line.toString(encoding, copied);
}

function findCuts(line: Buffer, doubts: number): Cut[] | undefined {
  const cuts: Cut[] = [];
  // One search of the whole line: most lines name no reasons at all, and then no result[] can hold one.
  const hasReasons = line.indexOf(REASONS) !== -1;
  // Every array value starts `":[` (or `\\":[` in a JSON string). `[` is far
  // rarer than `"` in JSON, so the search is for it, and the key is read back.
  for (let open = line.indexOf(OPEN); open !== -1; ) {
    const kind = line[open - 1] === COLON && line[open - 2] === QUOTE ? keyBefore(line, open - 2) : undefined;
    if (kind === undefined) {
      open = line.indexOf(OPEN, open + 1);
      continue;
    }
    const close = matchingBracket(line, open);
    if (close === -1) return undefined;
    if (close > open + 1) {
      // Record failures live in result[]: a line with any is parsed whole.
      if (!closesRecords(line, close)) return undefined;
      if (!cutIsSound(line, open + 1, close, line[open - 3] === BACKSLASH, doubts)) return undefined;
      if (kind === 'result' && ((hasReasons && within(line, REASONS, open, close)) || keptResult(line, open, close))) {
        return undefined;
      }
      cuts.push({ open, close, replacement: kind === 'result' ? '' : placeholders(line, open + 1, close) });
    }
    open = line.indexOf(OPEN, close + 1);
  }
  return cuts.length > 0 ? cuts : undefined;
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

/** Whether `needle` starts in [from, to); the search stops at `to` instead of running to the line's end. */
function within(line: Buffer, needle: Buffer, from: number, to: number): boolean {
  return to - from >= needle.length && line.subarray(from, to).indexOf(needle) !== -1;
}

/** A result[] of bulk job statuses or stats, which is read whole. */
function keptResult(line: Buffer, open: number, close: number): boolean {
  const end = Math.min(close, open + KEPT_LOOKAHEAD);
  for (const key of KEPT_RESULTS) if (within(line, key, open, end)) return true;
  return false;
}

/** One number per record (for batches that could pass 300): a hash of the bytes first, zeros after. */
function placeholders(line: Buffer, from: number, to: number): string {
  let records = 1;
  if (to - from < BYTES_FOR_300_RECORDS) return String(sampleHash(line, from, to));
  for (let i = line.indexOf(RECORD_BREAK, from); i !== -1 && i < to; i = line.indexOf(RECORD_BREAK, i + 3)) records++;
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

/**
 * Index of the `]` that closes the `[` at `open`, or -1, found with native
 * searches only. A flat array (no other `[` before the first `]`) cannot be
 * misread. In an array that holds arrays a bracket inside a string value could
 * mislead the count, so every bracket counted must sit where JSON puts one: a
 * `[` after `:`, `,` or `[`, a `]` before `,`, `}` or `]`. "Acme [EU]" does
 * not, and the line is then parsed whole.
 */
export function matchingBracket(line: Buffer, open: number): number {
  let close = line.indexOf(CLOSE, open + 1);
  if (close === -1) return -1;
  let nextOpen = line.indexOf(OPEN, open + 1);
  if (nextOpen === -1 || nextOpen > close) return close;
  let depth = 1;
  for (;;) {
    while (nextOpen !== -1 && nextOpen < close) {
      const before = line[nextOpen - 1];
      if (before !== COLON && before !== COMMA && before !== OPEN) return -1;
      depth++;
      nextOpen = line.indexOf(OPEN, nextOpen + 1);
    }
    const after = line[close + 1];
    if (after !== COMMA && after !== RBRACE && after !== CLOSE) return -1;
    if (--depth === 0) return close;
    close = line.indexOf(CLOSE, close + 1);
    if (close === -1) return -1;
  }
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
