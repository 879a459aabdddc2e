/**
 * java.util.logging's SimpleFormatter writes each record's time on a line of its own, before the
 * level and message: `Dec 04, 2026 9:03:20 PM MarketoSync call` (then `INFO: POST https://... -> 200`).
 * The line is the time of the calls the next lines name (text-exchanges.ts). The month and the AM/PM
 * word follow the JVM's locale (`Dez. 04, 2026 9:03:20 PM`, Swedish `dec. 05, 2026 12:48:05 FM`), and
 * the time is the JVM's local time with no zone: it is read as UTC, as Python's asctime is.
 */
import { julMonth } from './jul-months.js';
import type { PairFacts, PairReader } from './pair-reader.js';

// %Tp upper-cases the locale's word: AM/PM, Swedish FM/EM, Spanish `P. M.`, Dutch and Norwegian `P.M.`, Finnish IP.
const HEADER = /^(\p{L}{3,8}\.?) (\d{1,2}), (\d{4}) (\d{1,2}):(\d\d):(\d\d) (AM|PM|FM|EM|[AP]\. ?M\.|AP\.|IP\.) \S/u;
const AFTERNOON = new Set(['PM', 'EM', 'P.M.', 'P. M.', 'IP.']);
const two = (n: number): string => String(n).padStart(2, '0');

function read(line: string): PairFacts | undefined {
  const m = HEADER.exec(line);
  const month = m ? julMonth(m[1]!) : undefined;
  if (!m || month === undefined) return undefined;
  const [, , day, year, hour12, minute, second, half] = m;
  if (Number(hour12) > 12 || Number(minute) > 59 || Number(second) > 59) return undefined;
  const hour = (Number(hour12) % 12) + (AFTERNOON.has(half!) ? 12 : 0);
  const startedAt = `${year}-${two(month)}-${two(Number(day))}T${two(hour)}:${minute}:${second}Z`;
  return { startedAt, textPair: { client: 'java.util.logging', side: 'time' } };
}

// The hints hold the AM/PM words with the blanks around them (`M. ` ends `A.M.` and `P. M.`, `P. ` ends AP./IP.).
export const julHeader: PairReader = {
  name: 'java.util.logging header',
  hints: [' AM ', ' PM ', ' FM ', ' EM ', 'M. ', 'P. '],
  read,
};
