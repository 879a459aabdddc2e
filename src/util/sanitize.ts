/**
 * Make untrusted log text safe for the place it is written to: a terminal,
 * an HTML page or a spreadsheet. Log lines come from anyone who could reach
 * the API or write the log, so none of them may steer the reader's tools.
 */

// Escape sequences, ECMA-48: string commands (OSC, DCS, SOS, PM, APC) up to
// BEL or ST, CSI with parameters and intermediates, and the short ESC forms.
// Both the 7-bit (ESC x) and the 8-bit C1 introducers are matched. A command's
// text stops at the next introducer too: an unterminated one is then scanned
// once, not again from every introducer after it (100,000 x U+009D took 22 s).
const COMMAND_START = String.raw`(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])`;
const COMMAND_TEXT = String.raw`[^\u0007\u001b\u0090\u0098\u009c-\u009f]*`;
const COMMAND_END = String.raw`(?:\u0007|\u001b\\|\u009c)`;
const STRING_COMMAND = new RegExp(COMMAND_START + COMMAND_TEXT + COMMAND_END, 'g');
/** A CSI sequence (colours, cursor moves): ESC [ or its 8-bit form, parameters, intermediates, final. */
export const CSI = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]/g;
const SHORT_ESC = /\u001b[\u0020-\u002f]*[\u0030-\u007e]/g;
// Whatever is left: C0 (minus tab and newline), DEL, C1; the bidirectional
// marks, embeddings, overrides and isolates that make a reader see text in
// another order than it is (U+061C, U+200E/F, U+202A-E, U+2066-9); and the
// invisible characters that hide or split words (U+200B-D, U+2060-4, U+FEFF).
const INVISIBLE = '\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff';
const LONE_CONTROLS = new RegExp(`[\u0000-\u0008\u000b-\u001f\u007f-\u009f${INVISIBLE}]`, 'g');
// Without layout, the line and paragraph separators go too.
const LONE_CONTROLS_ALL = new RegExp(`[\u0000-\u001f\u007f-\u009f\u2028\u2029${INVISIBLE}]`, 'g');

// Every character the patterns above can remove (ESC and the C1 introducers included).
const ANY_CONTROL = new RegExp(`[\u0000-\u001f\u007f-\u009f\u2028\u2029${INVISIBLE}]`);

export interface StripOptions {
  /** Keep \n and \t (default true); false removes them too. */
  keepLayout?: boolean;
  /** What each removed sequence or character becomes (default nothing); one of them, or it is removed too. */
  replaceWith?: string;
}

/** Remove terminal control sequences and control characters from a string. */
export function stripControl(s: string, opts: StripOptions = {}): string {
  if (!ANY_CONTROL.test(s)) return s; // the common case: one scan, no copies
  const by = opts.replaceWith ?? '';
  const rest = s.replace(STRING_COMMAND, by).replace(CSI, by).replace(SHORT_ESC, by);
  return rest.replace(opts.keepLayout === false ? LONE_CONTROLS_ALL : LONE_CONTROLS, by);
}

/** At most `max` characters, with an ellipsis when shortened: log text can be megabytes long. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** stripControl, then all whitespace runs (newlines too) as one space: for one-line cells. */
export function oneLine(s: string): string {
  return stripControl(s).replace(/\s+/g, ' ').trim();
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

export type CsvCell = string | number | bigint | boolean;

// A plain decimal number written as text is data, not a formula, in every
// spreadsheet; leaving it lets "-3" stay a number.
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// Spreadsheets skip leading blanks (NBSP and zero-width ones too) before they
// look for a formula, and read each line of a cell. Line breaks are not in
// the blank class, so a run of them is never rescanned (linear time).
const BLANK = '[ \\t\\f\\v\\u00a0\\u1680\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]*';
const FORMULA_AT_LINE_START = new RegExp(`(^|[\\r\\n])(${BLANK})(?=[=+\\-@])`, 'g');
const CONTROL_START = /^[\t\r]/;

/**
 * A cell that a spreadsheet would run as a formula gets a quote before the
 * formula, at the start of the cell and of each of its lines (OWASP "CSV
 * injection"); so does a cell that starts with a tab or carriage return.
 * Numbers and booleans are left as they are; null and undefined become empty cells.
 */
export function neutraliseCsvCell(v: unknown): CsvCell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return v;
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  if (PLAIN_NUMBER.test(s)) return s;
  const defused = s.replace(FORMULA_AT_LINE_START, "$1'$2");
  return CONTROL_START.test(defused) ? `'${defused}` : defused;
}
