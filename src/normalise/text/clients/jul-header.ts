/**
 * java.util.logging's SimpleFormatter writes each record's time on a line of its own, before the
 * level and message: `Dec 04, 2026 9:03:20 PM MarketoSync call` (then `INFO: POST https://... -> 200`).
 * The line is the time of the calls the next lines name (text-exchanges.ts). Its default format
 * has no zone: the time is read as UTC, as Python's asctime is. Month names are the English ones
 * the JVM writes in its default locale on servers.
 */
import type { PairFacts, PairReader } from './pair-reader.js';

const HEADER = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d):(\d\d) ([AP]M) \S/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

function read(line: string): PairFacts | undefined {
  const m = HEADER.exec(line);
  const month = m ? MONTHS.indexOf(m[1]!) : -1;
  if (!m || month === -1) return undefined;
  const [, , day, year, hour12, minute, second, half] = m;
  const hour = (Number(hour12) % 12) + (half === 'PM' ? 12 : 0);
  const startedAt = `${year}-${two(month + 1)}-${two(Number(day))}T${two(hour)}:${minute}:${second}Z`;
  return { startedAt, textPair: { client: 'java.util.logging', side: 'time' } };
}

export const julHeader: PairReader = { name: 'java.util.logging header', hints: [' AM ', ' PM '], read };
