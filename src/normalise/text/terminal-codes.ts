/**
 * A text log written for a terminal (colorlog, a coloured formatter, a captured console) wraps its
 * words in colour sequences: `ESC[37m2026-12-04 20:05:14,197 DEBUG ESC[0m ... 284-rpr-133.mktorest.com:33435ESC[0m`.
 * The reader of the log never sees them, so neither do the text readers: a time after one was not
 * read, and a host before one was another host.
 */
import { CSI } from '../../util/sanitize.js';

/** The line as a terminal shows it: without CSI sequences. Two native scans when there are none. */
export function withoutTerminalCodes(text: string): string {
  return text.includes('\u001b') || text.includes('\u009b') ? text.replace(CSI, '') : text;
}
