import { TEXT_RULES } from './rules.js';

/**
 * A hint's pattern source for lower-cased text: letters in lower case, escapes
 * (`\S`, `\W`) as they are. Lower-casing the text folds every character the
 * rules fold (normaliseName lower-cases too, the Kelvin sign into `k`), and one
 * native copy plus a pattern of plain letters grouped by first letter is 1.3
 * times faster than letter classes (`[tT][oO]...`) and than the `i` flag
 * (measured on the bench log's report texts).
 */
function lowered(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    out += c === '\\' ? c + (source[++i] ?? '') : c.toLowerCase();
  }
  return out;
}

/** `p(?:ass|wd)` for `pass|pwd`: V8 then tries one alternative per letter, not each hint in turn. */
function byFirstLetter(sources: string[]): string {
  const groups = new Map<string, string[]>();
  for (const source of sources) {
    const first = /^[a-z]/.test(source) ? source[0]! : source;
    const rests = groups.get(first) ?? [];
    rests.push(source.slice(first.length));
    groups.set(first, rests);
  }
  return [...groups]
    .map(([first, rests]) => (rests.length === 1 ? first + rests[0] : `${first}(?:${rests.join('|')})`))
    .join('|');
}

const HINTS = [...new Set(TEXT_RULES.flatMap((r) => r.hint.split('|')))];
// One cheap scan first, so that the common case (no secret) costs one test.
const MAYBE_SECRET = new RegExp(byFirstLetter(HINTS.map(lowered)));

// Cheaper still: most strings of a body (e-mails, names, ids) hold no rule's mark at all.
const MARKED = new RegExp(`[${[...new Set(TEXT_RULES.map((r) => r.marks))].join('')}]`);

// No rule can change a shorter text ('pwd=x' is 5 characters).
const SHORTEST_SECRET_TEXT = 5;

/** True when text holds a character some rule needs; false means no rule would change it. */
export function isMarked(text: string): boolean {
  return MARKED.test(text);
}

/** True when text may hold a secret; false means no rule would change it. */
export function mayHoldSecret(text: string): boolean {
  return MARKED.test(text) && MAYBE_SECRET.test(text.toLowerCase());
}

const HINT_SPANS = new RegExp(MAYBE_SECRET.source, 'g');

/** [start, end) of each place a rule's hint matches: where a secret could be. */
export function hintSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  HINT_SPANS.lastIndex = 0;
  for (let m = HINT_SPANS.exec(lower); m !== null; m = HINT_SPANS.exec(lower)) {
    spans.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) HINT_SPANS.lastIndex++;
  }
  return spans;
}

/** Removes secret values from any text: URLs, paths, headers, log messages, unparsed bodies, file names. */
export function redactText(text: string): string {
  if (text.length < SHORTEST_SECRET_TEXT || !mayHoldSecret(text)) return text;
  let out = text;
  for (const rule of TEXT_RULES) out = rule.apply(out);
  return out;
}
