/**
 * Spring's WebClient at DEBUG (ExchangeFunctions): `[3f2a1b7c] HTTP POST
 * https://...`, later `[3f2a1b7c] [c1d2e3f4-1] Response 413 PAYLOAD_TOO_LARGE`
 * (Reactor Netty's connection id between). The bracketed log prefix is the
 * request's own: lines pair by it, whatever ran between.
 */
import type { PairFacts, PairReader } from './pair-reader.js';

const SENT = /\[([0-9a-f]{1,16})\] HTTP ([A-Z]{3,7}) (https?:\/\/[^\s"'<>,]+)/;
const ANSWERED = /\[([0-9a-f]{1,16})\](?: \[[\w-]{1,40}\])? Response (\d{3})\b/;

function read(line: string): PairFacts | undefined {
  const sent = SENT.exec(line);
  if (sent) return { method: sent[2], url: sent[3], textPair: { client: 'spring', side: 'request', id: sent[1] } };
  const answered = line.includes(' Response ') ? ANSWERED.exec(line) : null;
  if (!answered) return undefined;
  return { status: Number(answered[2]), textPair: { client: 'spring', side: 'response', id: answered[1] } };
}

export const spring: PairReader = { name: 'Spring WebClient', hints: ['] HTTP ', ' Response '], read };
