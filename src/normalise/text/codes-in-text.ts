/**
 * Marketo error codes written as text, where no response body was logged:
 * - marketorestpython's exception: `Marketo API Error Code 606: Max rate limit ...`
 * - a Python or JS dict printed: `{'code': '606', 'message': '...'}` (u'..', True/None too), a Ruby
 *   Hash: `{"code"=>"606", "message"=>"..."}`, or a JS object as util.inspect prints it: `{ code: '606', ... }`
 * - Java-style toString: `code=606, message=...`
 * - the backoff library's notices around any of these: `Backing off f(...) for 0.8s (...)`,
 *   `Giving up f(...) after 3 tries (...)`
 * Every pattern is anchored on a literal word first, so a text without one costs one scan.
 */

/** How the code was written: a retry notice, the final give-up, a plain mention, or an app's logged errors[]. */
export type TextCodeKind = 'exception' | 'traceback' | 'dict' | 'java' | 'retry' | 'give-up' | 'logged';

export interface TextCode {
  code: string;
  message: string;
  kind: TextCodeKind;
  /** 'record' when the text is about a skipped or failed record (its reasons), else a response error. */
  level: 'response' | 'record';
}

const MAX_TEXT = 64 * 1024;
// Response-level codes (5xx, 6xx, 7xx) and record-level ones (1xxx).
const MARKETO_CODE = /^(?:[5-7]\d\d|1\d\d\d)$/;
const CHEAP = /code|Code/;

/** A code of Marketo's own, as opposed to an app's or a library's. */
export const isMarketoCode = (code: string): boolean => MARKETO_CODE.test(code);

const EXCEPTION = /Marketo API Error Code (\d{3,4}):[ \t]*([^\r\n]*)/;
const TRACEBACK_TAIL = /^\s*[\w.]*(?:Exception|Error):\s+Marketo API Error Code/;
const DICT_CODE = /(['"])code\1\s*(?::|=>)\s*u?(['"]?)(\d{3,4})\2/;
const DICT_MESSAGE = /(['"])message\1\s*(?::|=>)\s*u?(['"])((?:\\.|(?!\2)[^\\\r\n])*)\2/;
// util.inspect's: the key bare after `{`, `,` or a line's indent, the code a quoted string (an app's own
// `status code: 503` is no Marketo code).
const INSPECT_CODE = /(?:[{,]|^)\s*()code: (['"])(\d{3,4})\2/m;
const INSPECT_MESSAGE = /(?:[{,]|^)\s*()message: (['"])((?:\\.|(?!\2)[^\\\r\n])*)\2/m;
// PHP's print_r() of Marketo's errors[] or reasons[]: `[code] => 606`, `[message] => ...`, a line each.
const PRINT_R_CODE = /^\s*\[code\] => ()()(\d{3,4})\s*$/m;
const PRINT_R_MESSAGE = /^\s*\[message\] => ()()([^\r\n]*)$/m;
const JAVA = /\bcode=(\d{3,4}),\s*message=([^}\])\r\n]*)/;
const RECORD_TEXT = /\bskipped\b|\breasons\b|'status': '(?:skipped|failed)'/i;
const BACKOFF = /\b(Backing off|Giving up) \S+?\(\.\.\.\) (?:for [\d.]+s|after \d+ tries) \((.*)\)\s*$/;

function dictCode(text: string): TextCode | undefined {
  const quoted = DICT_CODE.exec(text);
  const code =
    quoted ??
    (text.includes('code: ') ? INSPECT_CODE.exec(text) : null) ??
    (text.includes('[code] => ') ? PRINT_R_CODE.exec(text) : null);
  if (!code) return undefined;
  if (!quoted && code[0].includes('[code]')) return printRCode(text, code);
  // The message is looked for in the same braces as the code.
  const open = text.lastIndexOf('{', code.index);
  const close = text.indexOf('}', code.index);
  const inside = text.slice(open === -1 ? 0 : open, close === -1 ? undefined : close + 1);
  const message = (quoted ? DICT_MESSAGE : INSPECT_MESSAGE).exec(inside);
  return {
    code: code[3]!,
    message: message ? message[3]!.replace(/\\(.)/g, '$1') : '',
    kind: 'dict',
    level: 'response',
  };
}

/** print_r's lines: the message is the next `[message]` after the code. */
function printRCode(text: string, code: RegExpExecArray): TextCode {
  const message = PRINT_R_MESSAGE.exec(text.slice(code.index));
  return { code: code[3]!, message: message ? message[3]!.trim() : '', kind: 'dict', level: 'response' };
}

function plainCode(text: string): TextCode | undefined {
  const exception = EXCEPTION.exec(text);
  if (exception) {
    const kind = TRACEBACK_TAIL.test(text) ? 'traceback' : 'exception';
    return { code: exception[1]!, message: exception[2]!.trim(), kind, level: 'response' };
  }
  const dict = dictCode(text);
  if (dict) return dict;
  const java = JAVA.exec(text);
  return java ? { code: java[1]!, message: java[2]!.trim(), kind: 'java', level: 'response' } : undefined;
}

/** The Marketo code a text names, or undefined. Looks at the first 64 KB. */
export function codeInText(text: string): TextCode | undefined {
  const s = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  if (!CHEAP.test(s)) return undefined;
  const notice = BACKOFF.exec(s);
  const found = notice ? plainCode(notice[2]!) : plainCode(s);
  if (!found || !MARKETO_CODE.test(found.code)) return undefined;
  if (notice) found.kind = notice[1] === 'Backing off' ? 'retry' : 'give-up';
  if (RECORD_TEXT.test(s)) found.level = 'record';
  return found;
}

type Reason = { code: string; message: string };
export type TextBody =
  | { success: false; errors: Reason[] }
  | { success: true; result: Array<{ status: 'skipped'; reasons: Reason[] }> };

/** The body Marketo would have sent, for a code that was only logged as text. */
export function bodyOfTextCode(text: TextCode): TextBody {
  const reason = { code: text.code, message: text.message };
  return text.level === 'record'
    ? { success: true, result: [{ status: 'skipped', reasons: [reason] }] }
    : { success: false, errors: [reason] };
}
