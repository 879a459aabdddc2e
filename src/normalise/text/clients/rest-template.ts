/**
 * Spring's RestTemplate at DEBUG (logger `o.s.web.client.RestTemplate`): `HTTP POST https://...`, then
 * `Accept=[...]`, `Writing [...] as "application/json"`, `Response 413 PAYLOAD_TOO_LARGE` and `Reading to
 * [...]`. RestTemplate blocks its thread for the call: the thread the pattern prints (`[  task-1]`, logback's
 * `[task-1]`) pairs a request with its response.
 */
import { type PairFacts, type PairReader, trace } from './pair-reader.js';

// The thread in brackets, then the logger (Spring Boot shortens its package, logback's %logger{36} too).
const LOGGER =
  /\[ {0,60}([^\]\s][^\]]{0,80})\][^[\]]{0,100}?\b(?:o|org)\.s(?:pringframework)?\.web\.client\.RestTemplate\b/;
const SENT = /\bRestTemplate\s*[:-]\s+HTTP ([A-Z]{3,7}) (https?:\/\/[^\s"'<>,]+)/;
const ANSWERED = /\bRestTemplate\s*[:-]\s+Response (\d{3})\b/;
const OTHER = /\bRestTemplate\s*[:-]\s+(?:Accept=|Writing \[|Reading to \[)/;

function read(line: string): PairFacts | undefined {
  const logger = LOGGER.exec(line);
  if (!logger) return undefined;
  const id = logger[1]!.trim();
  const sent = SENT.exec(line);
  if (sent) return { method: sent[1], url: sent[2], textPair: { client: 'resttemplate', side: 'request', id } };
  const answered = ANSWERED.exec(line);
  if (answered) return { status: Number(answered[1]), textPair: { client: 'resttemplate', side: 'response', id } };
  return OTHER.test(line) ? trace('resttemplate') : undefined;
}

export const restTemplate: PairReader = { name: 'Spring RestTemplate', hints: ['.web.client.RestTemplate'], read };
