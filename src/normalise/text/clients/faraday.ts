/**
 * Ruby Faraday's logger middleware (`f.response :logger`), through Ruby's
 * Logger: `I, [2026-12-04T11:35:21.730123 #4242]  INFO -- request: POST
 * https://...`, later `... INFO -- response: Status 413`; headers and bodies
 * follow as more `request:` / `response:` lines. Faraday prints no id: lines
 * pair in order.
 */
import { type PairFacts, type PairReader, trace } from './pair-reader.js';

const SENT = /\brequest: ([A-Z]{3,7}) (https?:\/\/[^\s"'<>]+)/;
const ANSWERED = /\bresponse: Status (\d{3})\b/;
// Ruby's Logger names the part: `INFO -- request: User-Agent: ...`, `INFO -- response: content-type: ...`.
const PART = / -- (?:request|response): /;

function read(line: string): PairFacts | undefined {
  const sent = SENT.exec(line);
  if (sent) return { method: sent[1], url: sent[2], textPair: { client: 'faraday', side: 'request' } };
  const answered = ANSWERED.exec(line);
  if (answered) return { status: Number(answered[1]), textPair: { client: 'faraday', side: 'response' } };
  return PART.test(line) ? trace('faraday') : undefined;
}

export const faraday: PairReader = { name: 'Faraday', hints: ['request: ', 'response: '], read };
