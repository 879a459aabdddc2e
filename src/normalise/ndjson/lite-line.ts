/**
 * Most lines of a healthy log are successful calls, and most of their bytes
 * are records: the request's input[] and the result[] Marketo sent back. With
 * no `reasons` anywhere in the line none of those records can be a failure,
 * and no report reads them one by one, so their arrays are shrunk before
 * JSON.parse: the parse, the redaction walk and the garbage all shrink too.
 *
 * - result[] becomes [].
 * - input[] becomes one number per record: a hash of the records' text, then
 *   zeros. Diagnostics still see the batch size and can still tell one batch
 *   from another (retry detection), without the personal data.
 *
 * Brackets are matched with indexOf jumps, not a character loop, so the cut
 * costs a fraction of the parse it saves. Brackets inside string values can
 * mislead it; the guards below then leave the line whole, and a cut that does
 * not parse is parsed whole by the caller. Lines near Marketo's 1 MB body limit
 * are never cut, so the near-limits diagnostic measures them exactly.
 */

const MAX_CUT_LINE = 800 * 1024;
const ARRAY_KEYS: Array<[key: string, kind: 'result' | 'input']> = [
  ['"result":[', 'result'],
  ['\\"result\\":[', 'result'],
  ['"input":[', 'input'],
  ['\\"input\\":[', 'input'],
];
// A correct cut never swallows the body's own keys.
const BODY_KEYS = ['"success":', '\\"success\\":', '"requestId":', '\\"requestId\\":', '"action":', '\\"action\\":'];

interface Cut {
  open: number;
  close: number;
  replacement: string;
}

/** The line with its record arrays shrunk, or the line itself when nothing can be cut safely. */
export function withoutRecords(text: string): string {
  if (text.length > MAX_CUT_LINE || text.indexOf('reasons') !== -1) return text;
  const cuts: Cut[] = [];
  for (const [key, kind] of ARRAY_KEYS) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(key, from);
      if (at === -1) break;
      const open = at + key.length - 1;
      const close = matchingBracket(text, open);
      if (close === -1) return text;
      from = close + 1;
      if (close === open + 1) continue;
      const region = text.slice(open + 1, close);
      if (BODY_KEYS.some((k) => region.indexOf(k) !== -1)) return text;
      cuts.push({ open, close, replacement: kind === 'result' ? '' : placeholders(region) });
    }
  }
  if (cuts.length === 0) return text;
  cuts.sort((a, b) => a.open - b.open);
  const parts: string[] = [];
  let copied = 0;
  for (const cut of cuts) {
    if (cut.open < copied) return text; // nested in an earlier cut: not a shape we know
    parts.push(text.slice(copied, cut.open + 1), cut.replacement);
    copied = cut.close;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** One number per record: a hash of the text first, zeros after. */
function placeholders(region: string): string {
  let records = 1;
  for (let i = region.indexOf('},{'); i !== -1; i = region.indexOf('},{', i + 3)) records++;
  return [sampleHash(region), ...new Array<number>(records - 1).fill(0)].join(',');
}

/** FNV-1a over at most 512 evenly spaced characters and the length: cheap, and enough to tell batches apart. */
function sampleHash(s: string): number {
  const step = Math.max(1, Math.floor(s.length / 512));
  let h = 0x811c9dc5 ^ s.length;
  for (let i = 0; i < s.length; i += step) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) + 1; // never 0, so it cannot be mistaken for a placeholder
}

/** Index of the `]` that closes the `[` at `open`, counting brackets only; -1 when there is none. */
export function matchingBracket(text: string, open: number): number {
  let depth = 1;
  let nextOpen = text.indexOf('[', open + 1);
  let pos = open + 1;
  for (;;) {
    const close = text.indexOf(']', pos);
    if (close === -1) return -1;
    while (nextOpen !== -1 && nextOpen < close) {
      depth++;
      nextOpen = text.indexOf('[', nextOpen + 1);
    }
    if (--depth === 0) return close;
    pos = close + 1;
  }
}
