import { stripControl } from '../util/sanitize.js';
import { redactText } from './redact-text.js';

/**
 * Log text as it may enter a report: control sequences and invisible
 * characters out first, so that `pass\u200bword=x` or an escape sequence in
 * the middle of a name cannot hide a secret from the rules; then redacted.
 */
export function reportText(text: string): string {
  return redactText(stripControl(text));
}
