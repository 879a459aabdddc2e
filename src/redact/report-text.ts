import { stripControl } from '../util/sanitize.js';
import { redactText } from './redact-text.js';

// Codes, messages and endpoints repeat endlessly (a batch of 300 records can
// fail with one message): short texts are cleaned once. Bounded: at most
// MAX_REMEMBERED texts of at most MAX_REMEMBERED_CHARS characters.
const remembered = new Map<string, string>();
const MAX_REMEMBERED = 4096;
const MAX_REMEMBERED_CHARS = 256;

/**
 * Log text as it may enter a report: control sequences and invisible
 * characters out first, so that `pass\u200bword=x` or an escape sequence in
 * the middle of a name cannot hide a secret from the rules; then redacted.
 */
export function reportText(text: string): string {
  const known = remembered.get(text);
  if (known !== undefined) return known;
  const clean = redactText(stripControl(text));
  if (text.length <= MAX_REMEMBERED_CHARS && remembered.size < MAX_REMEMBERED) remembered.set(text, clean);
  return clean;
}
