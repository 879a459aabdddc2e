/**
 * Make untrusted log text safe for the place it is written to: a terminal,
 * an HTML page or a spreadsheet. Log lines come from anyone who could reach
 * the API or write the log, so none of them may steer the reader's tools.
 */

// Escape sequences, ECMA-48: string commands (OSC, DCS, SOS, PM, APC) up to
// BEL or ST, CSI with parameters and intermediates, and the short ESC forms.
// Both the 7-bit (ESC x) and the 8-bit C1 introducers are matched.
const STRING_COMMAND = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)/g;
const CSI = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]/g;
const SHORT_ESC = /\u001b[\u0020-\u002f]*[\u0030-\u007e]/g;
// Whatever is left: C0 (minus tab and newline), DEL, C1, and the bidirectional
// overrides that can make a terminal show text in another order than it is.
const LONE_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_CONTROLS_ALL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export interface StripOptions {
  /** Keep \n and \t (default true); false removes them too. */
  keepLayout?: boolean;
}

/** Remove terminal control sequences and control characters from a string. */
export function stripControl(s: string, opts: StripOptions = {}): string {
  const rest = s.replace(STRING_COMMAND, '').replace(CSI, '').replace(SHORT_ESC, '');
  return rest.replace(opts.keepLayout === false ? LONE_CONTROLS_ALL : LONE_CONTROLS, '');
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
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell that a spreadsheet would run as a formula gets a leading quote
 * (OWASP "CSV injection"). Numbers and booleans are left as they are;
 * null and undefined become empty cells.
 */
export function neutraliseCsvCell(v: unknown): CsvCell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return v;
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) return `'${s}`;
  return s;
}
