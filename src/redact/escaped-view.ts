/**
 * Log text carries other texts inside it in their own escapes: a URL in a
 * query (`%3A%2F%2F`), JSON in a string (`\u0022`), HTML (`&#61;`), a JSON
 * blob in base64 (`eyJ...`). A secret inside one of them is spelled in a way
 * no rule reads (`%61ccess_token=`, `x-api-key%3A%20...`). This is the text
 * with those escapes undone, so the rules can read it once more.
 */

const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
// One backslash before the `u` is enough to match: the ones before it (JSON in JSON) are left as
// they are, and a backslash is not a name character, so the name after them still starts a name.
const UNICODE_ESCAPE = /\\u([0-9A-Fa-f]{4})/g;
const HTML_REFERENCE = /&#(?:[xX]([0-9A-Fa-f]{1,6})|(\d{1,7}));?|&(quot|apos|amp|equals|colon|lt|gt);/g;
// A JSON object in base64 starts `eyJ` (`{"`). Read atomically (lookahead and backreference):
// a run is scanned once. A JWT (a run followed by `.`) is the jwt rule's.
const BASE64_JSON = /eyJ(?=([\w+/-]*))\1={0,2}(?![.])/g;

const NAMED: Record<string, string> = { quot: '"', apos: "'", amp: '&', equals: '=', colon: ':', lt: '<', gt: '>' };

const HTML_REFERENCE_START = /&(?:#|quot;|apos;|amp;|equals;|colon;)/;
const HAS_ESCAPE = /%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|&#|&(?:quot|apos|amp|equals|colon);|eyJ/;

/**
 * True when text may hold an escape that decodeEscapes undoes: the cheap test before it. Most
 * texts hold none of these, and three native scans for them cost 0.6 of one pattern's.
 */
export function mayHoldEscape(text: string): boolean {
  if (text.includes('%') || text.includes('\\u') || text.includes('eyJ')) return true;
  // '&' alone joins the parameters of every query: only a reference counts.
  return text.includes('&') && HTML_REFERENCE_START.test(text);
}

function percent(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    // Not UTF-8 (Latin-1 bytes, a lone byte): each byte as the character of that code.
    return run.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
}

function codePoint(hex: string | undefined, decimal: string | undefined): string {
  const n = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
  return n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

function decodeOnce(text: string): string {
  return text
    .replace(PERCENT_RUN, percent)
    .replace(UNICODE_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(HTML_REFERENCE, (_, hex?: string, decimal?: string, name?: string) =>
      name === undefined ? codePoint(hex, decimal) : NAMED[name]!,
    )
    .replace(BASE64_JSON, (run) => Buffer.from(run, 'base64').toString('utf8'));
}

// `%2561` is `%61` is `a`: an escape of an escape, as often as a text went through a URL encoder.
const MAX_ROUNDS = 4;

/** The text with its escapes undone, as often as they were applied (up to MAX_ROUNDS); linear in its length. */
export function decodeEscapes(text: string): string {
  let out = text;
  for (let round = 0; round < MAX_ROUNDS && HAS_ESCAPE.test(out); round++) {
    const next = decodeOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}
