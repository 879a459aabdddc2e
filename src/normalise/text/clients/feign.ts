/**
 * OpenFeign's Logger (Spring Cloud's declarative clients) at its BASIC, HEADERS and FULL levels: each line
 * opens with the method's config key, `[MarketoClient#upsertLeads(LeadsRequest)] ---> POST https://...
 * HTTP/1.1`, later `[...] <--- HTTP/1.1 413 Request Entity Too Large (123ms)` (Feign 10 and later may leave
 * the reason out), or `[...] <--- ERROR SocketTimeoutException: Read timed out (10012ms)` for a call that
 * got no response. The key pairs the lines; headers, the body and `END HTTP` lines come between at FULL.
 */
import { millis, type PairFacts, type PairReader, trace } from './pair-reader.js';

// Feign's config key: the interface's simple name, `#`, the method and its parameter types.
const KEY = String.raw`\[([\w$.]{1,200}#[\w$]{1,200}(?:\([\w$.,<>\[\] ]{0,300}\))?)\] `;
const SENT = new RegExp(`${KEY}---> ([A-Z]{3,7}) (https?:\\/\\/[^\\s"'<>]+) HTTP\\/\\d(?:\\.\\d)?\\s*$`);
const ANSWERED = new RegExp(
  `${KEY}<--- HTTP\\/\\d(?:\\.\\d)? (\\d{3})\\b[^\\r\\n]{0,80}?(?: \\((\\d{1,9})ms\\))?\\s*$`,
);
const FAILED = new RegExp(`${KEY}<--- ERROR \\S`);
const END = new RegExp(`${KEY}(?:(?:--->|<---) END (?:HTTP|ERROR)|---> RETRYING)\\b`);

function read(line: string): PairFacts | undefined {
  const sent = SENT.exec(line);
  if (sent) return { method: sent[2], url: sent[3], textPair: { client: 'feign', side: 'request', id: sent[1] } };
  const answered = ANSWERED.exec(line);
  if (answered) {
    const [, key, status, ms] = answered;
    return { status: Number(status), durationMs: millis(ms), textPair: { client: 'feign', side: 'response', id: key } };
  }
  if (FAILED.test(line)) return { noResponse: true, textPair: { client: 'feign', side: 'failure' } };
  return END.test(line) ? trace('feign') : undefined;
}

export const feign: PairReader = { name: 'OpenFeign', hints: ['] ---> ', '] <--- '], read };
