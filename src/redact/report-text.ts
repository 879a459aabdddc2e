import { stripControl } from '../util/sanitize.js';
import { decodeEscapes, mayHoldEscape } from './escaped-view.js';
import { hintSpans, isMarked, mayHoldSecret, redactText } from './redact-text.js';

// Codes, messages and endpoints repeat endlessly (a batch of 300 records can
// fail with one message): short texts are cleaned once. Bounded: at most
// MAX_REMEMBERED texts of at most MAX_REMEMBERED_CHARS characters, and only
// texts with a rule's mark: the others (ids, e-mails, paths) cost two short
// scans to clean, and remembering them filled the map early in a run.
const remembered = new Map<string, string>();
const MAX_REMEMBERED = 4096;
const MAX_REMEMBERED_CHARS = 256;

// Where a control was removed, for the second look below: an invisible character, and one that
// stripControl removes itself, so that none is left in the text but the ones it put there.
const REMOVED = '\u200b';

// How far from a hint an escape can still be part of the same secret ('x-api-key%3A%20v': next to it).
const NEAR_HINT = 16;
// Escapes that can form a name or a credential's shape where none was: a letter, digit, blank or name
// separator ('%61ccess_token', 'to%20ken'), an escaped escape, '/' ('https%3A%2F%2Fu%3Ap%40h'),
// \u and HTML references, base64 JSON. '%40' in e-mails, '%2C' and '%3A' in values are not among them.
const FORMS_A_NAME = /%(?:25|[2][05DdEeFf]|3[0-9]|[46][1-9A-Fa-f]|[57][0-9Aa]|5[Ff]|09)|\\u|&#|eyJ/;

/**
 * Whether undoing the escapes can let a rule see what it did not: an escape stands near a hint (an
 * encoded separator or quote), or forms a name or a shape. Most escaped texts are URLs with e-mails
 * ('%40'), lists ('%2C') and times ('%3A') far from any hint: they are not decoded.
 */
function escapeMayHide(clean: string): boolean {
  for (const [from, to] of hintSpans(clean)) {
    if (mayHoldEscape(clean.slice(Math.max(0, from - NEAR_HINT), to + NEAR_HINT))) return true;
  }
  return FORMS_A_NAME.test(clean);
}

function unescaped(clean: string): string {
  // A secret inside an escaped text ('%61ccess_token=x', 'x-api-key%3A%20x', base64 JSON): when the
  // text with its escapes undone loses more to the rules, that text is the one reported.
  if (!mayHoldEscape(clean) || !escapeMayHide(clean)) return clean;
  const decoded = stripControl(decodeEscapes(clean));
  if (decoded === clean || !mayHoldSecret(decoded)) return clean;
  const redacted = redactText(decoded);
  return redacted === decoded ? clean : redacted;
}

function cleaned(text: string): string {
  const joined = stripControl(text);
  const clean = redactText(joined);
  if (joined === text) return unescaped(clean);
  // Joining hides a word's start too ('x\u200bBearer abc': 'xBearer'): the text is also read with
  // a break where each control was, and what that reading redacts goes before the joined reading.
  const apart = redactText(stripControl(text, { replaceWith: REMOVED })).replaceAll(REMOVED, '');
  return unescaped(apart === joined ? clean : redactText(apart));
}

/**
 * Log text as it may enter a report: control sequences and invisible
 * characters out first, so that `pass\u200bword=x` or an escape sequence in
 * the middle of a name cannot hide a secret from the rules; then redacted.
 */
export function reportText(text: string): string {
  // A longer text is never remembered: looking it up would only hash all of it.
  if (text.length > MAX_REMEMBERED_CHARS) return cleaned(text);
  const known = remembered.get(text);
  if (known !== undefined) return known;
  const clean = cleaned(text);
  if (remembered.size < MAX_REMEMBERED && isMarked(text)) remembered.set(text, clean);
  return clean;
}

// A URL's scheme, host and path repeat while its query (tokens, ids, cursors) rarely does. Cleaning
// the part before `?` and the query apart gives the text that cleaning the whole gives when that
// part holds no hint of a secret (so no rule matches in it) and none of the characters that could
// open a value running past `?` (quotes, brackets, `%`, `\`, `&`) or a control sequence.
const PLAIN_PREFIX = /^[\w.~:/!$+,;=-]*$/;
const splittable = new Map<string, boolean>();

/** reportText of a URL, with the part before its query judged once (report-url.test.ts). */
export function reportUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1 || q > MAX_REMEMBERED_CHARS) return reportText(url);
  const prefix = url.slice(0, q);
  let plain = splittable.get(prefix);
  if (plain === undefined) {
    plain = PLAIN_PREFIX.test(prefix) && !mayHoldSecret(prefix);
    if (splittable.size < MAX_REMEMBERED) splittable.set(prefix, plain);
  }
  return plain ? `${prefix}?${reportText(url.slice(q + 1))}` : reportText(url);
}
