import { reportText } from '../redact/index.js';

const VISIBLE: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * One line for stderr from text that holds file names or log text: no
 * escape sequence, no secret, and no line break that could forge a second
 * message (a file named "a\nmarketo-errors: all clear" shows as one line).
 */
export function stderrLine(text: string): string {
  return reportText(text).replace(/[\n\r\t\u2028\u2029]/g, (c) => VISIBLE[c] ?? '');
}
