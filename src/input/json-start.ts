import { COMMA, LBRACE, LBRACKET, QUOTE, RBRACE, RBRACKET, isJsonSpace } from './json-bytes.js';

/**
 * Whether bytes may be a JSON text, judged from how it starts; false only
 * where JSON.parse is sure to throw. A text log handed to the JSON reader
 * ("[2026-12-04T14:45:50+00:00] app.INFO: ...", "2026-12-04 10:00:01 WARN",
 * "Start processing HTTP request ...") made it throw on every line, and a
 * throw costs more than the parse: 40-50% of the CPU on such logs.
 */
export function mayBeJson(bytes: Uint8Array): boolean {
  const i = skipSpace(bytes, 0);
  const c = bytes[i];
  if (c === LBRACE) {
    const next = bytes[skipSpace(bytes, i + 1)];
    return next === undefined || next === QUOTE || next === RBRACE;
  }
  if (c === LBRACKET) return mayOpenValue(bytes, skipSpace(bytes, i + 1), true);
  return mayOpenValue(bytes, i, false);
}

const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;

function skipSpace(bytes: Uint8Array, i: number): number {
  while (i < bytes.length && isJsonSpace(bytes[i]!)) i++;
  return i;
}

/** Whether a JSON value may start at `i`: at the top it is all the text, in an array `,` or `]` follows it. */
function mayOpenValue(bytes: Uint8Array, i: number, inArray: boolean): boolean {
  const c = bytes[i];
  if (c === undefined || c === QUOTE || c === LBRACE || c === LBRACKET || (inArray && c === RBRACKET)) return true;
  if (c === 0x74 /* t */ || c === 0x66 /* f */ || c === 0x6e /* n */) {
    const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
    for (let k = 1; k < word.length; k++)
      if (bytes[i + k] !== undefined && bytes[i + k] !== word.charCodeAt(k)) return false;
    return endsValue(bytes, i + word.length, inArray);
  }
  if (c !== 0x2d /* - */ && !isDigit(c)) return false;
  // A number: sign, digits, fraction, exponent; what follows must end it.
  let j = c === 0x2d ? i + 1 : i;
  while (isDigit(bytes[j])) j++;
  if (bytes[j] === 0x2e /* . */) for (j++; isDigit(bytes[j]); ) j++;
  if (bytes[j] === 0x65 || bytes[j] === 0x45 /* e E */) {
    j++;
    if (bytes[j] === 0x2b || bytes[j] === 0x2d) j++;
    while (isDigit(bytes[j])) j++;
  }
  return endsValue(bytes, j, inArray);
}

/** Whether what follows a value at `j` may be JSON: nothing but blanks at the top, `,` or `]` in an array. */
function endsValue(bytes: Uint8Array, j: number, inArray: boolean): boolean {
  const after = bytes[skipSpace(bytes, j)];
  return after === undefined || (inArray && (after === COMMA || after === RBRACKET));
}

/** A JSON blank as a character code of a string. */
const isBlankCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Whether a text that opens an object or array (after JSON blanks) also closes it at its end: `{...}`,
 * `[...]`. Only such a text can parse as one; a body cut short by its logger cannot, and a parse that
 * throws costs more than one that succeeds.
 */
export function closesAsItOpens(text: string): boolean {
  let first = 0;
  while (first < text.length && isBlankCode(text.charCodeAt(first))) first++;
  let last = text.length - 1;
  while (last > first && isBlankCode(text.charCodeAt(last))) last--;
  const open = text.charCodeAt(first);
  const close = text.charCodeAt(last);
  return last > first && ((open === LBRACE && close === RBRACE) || (open === LBRACKET && close === RBRACKET));
}
