/**
 * Where a value that starts at a given index ends, in text of any nesting:
 * a quoted string (quotes escaped to any depth, URL-encoded or HTML-escaped),
 * a bracketed list or object, or a bare run. Every scan moves forward only, so
 * a caller that resumes after the returned end stays linear.
 */

/** [from, to): the characters to replace. */
export type Extent = [from: number, to: number];

const BACKSLASH = 92;

function isLineEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 13) return true;
  // A line end written as an escape inside a JSON string.
  return c === BACKSLASH && (text[i + 1] === 'n' || text[i + 1] === 'r');
}

/** Index of the end of the line that `from` is on (or of the text). */
export function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isLineEnd(text, i)) i++;
  return i;
}

// Quotes spelled as characters of a URL or an HTML page.
const ENCODED_QUOTES = ['%22', '%27', '%2522', '%2527', '&quot;', '&#34;', '&#39;', '&apos;', '&#x22;', '&#x27;'];

function encodedQuoteAt(text: string, p: number): string | undefined {
  const c = text[p];
  if (c !== '%' && c !== '&') return undefined;
  for (const q of ENCODED_QUOTES) if (text.startsWith(q, p)) return q;
  return undefined;
}

/** A string quoted with k backslashes before its quote: JSON inside JSON, k levels deep. */
function escapedQuoteExtent(text: string, from: number, quote: string, k: number): Extent {
  // At depth k a closing quote follows a run of r backslashes with r mod 2(k+1) = k;
  // longer runs are quotes or backslashes escaped inside the value.
  const period = 2 * (k + 1);
  let i = from;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') break;
    if (c !== quote) continue;
    let r = 0;
    while (i - r - 1 >= from && text.charCodeAt(i - r - 1) === BACKSLASH) r++;
    if (r % period === k) return [from, i - k];
  }
  return [from, i];
}

function encodedQuoteExtent(text: string, from: number, quote: string): Extent {
  const close = text.indexOf(quote, from);
  const end = lineEnd(text, from);
  return [from, close === -1 || close > end ? end : close];
}

const OPEN = '[{(';
const CLOSE = ']})';

function bracketExtent(text: string, from: number): Extent {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (OPEN.includes(text[i]!)) depth++;
    else if (CLOSE.includes(text[i]!) && --depth === 0) return [from, i + 1];
  }
  return [from, text.length];
}

// What ends a bare value: white space, delimiters of query strings, JSON, markup and code.
const BARE_STOP = /[\s&,;"'`<>()[\]{}#?\\|]/;
// The same delimiters URL-encoded: space, ", &, ', comma, semicolon.
const ENCODED_STOP = /^%(?:20|22|26|27|2[cC]|3[bB])/;

function bareExtent(text: string, from: number): Extent {
  let i = from;
  while (i < text.length && !BARE_STOP.test(text[i]!) && !(text[i] === '%' && ENCODED_STOP.test(text.slice(i, i + 3))))
    i++;
  return [from, i];
}

/**
 * The value that starts at `p`, or undefined when there is none (an empty
 * value). With `wholeLine`, a bare value is the rest of the line (headers).
 */
export function valueExtent(text: string, p: number, wholeLine: boolean): Extent | undefined {
  // Python reprs: u'...', b'...'
  let start = p;
  if (/[ubrUBR]/.test(text[start] ?? '') && /["'\\]/.test(text[start + 1] ?? '')) start++;
  let k = 0;
  while (text.charCodeAt(start + k) === BACKSLASH) k++;
  const c = text[start + k];
  let extent: Extent;
  if (c === '"' || c === "'" || c === '`') extent = escapedQuoteExtent(text, start + k + 1, c, k);
  else if (k > 0) return undefined;
  else {
    const encoded = encodedQuoteAt(text, start);
    if (encoded !== undefined) extent = encodedQuoteExtent(text, start + encoded.length, encoded);
    else if (c !== undefined && OPEN.includes(c)) extent = bracketExtent(text, start);
    else extent = wholeLine ? [start, lineEnd(text, start)] : bareExtent(text, start);
  }
  return extent[1] > extent[0] ? extent : undefined;
}
