/**
 * Apache HttpClient's header log (`org.apache.http.headers` in 4.x,
 * `org.apache.hc.client5.http.headers` in 5.x), one connection per id:
 * `http-outgoing-0 >> POST /rest/v1/leads.json HTTP/1.1`, `http-outgoing-0 >>
 * Host: ...`, `http-outgoing-0 << HTTP/1.1 413 Payload Too Large`. A
 * connection carries one call at a time: lines pair by the id.
 */
import { type PairFacts, type PairReader, trace } from './pair-reader.js';

const LINE = /\b(http-outgoing-\d{1,9}) (>>|<<) /;
const SENT = /^([A-Z]{3,7}) (\S+) HTTP\/[\d.]+\s*$/;
const HOST = /^Host: (\S+)\s*$/i;
const ANSWERED = /^HTTP\/[\d.]+ (\d{3})\b/;

function read(line: string): PairFacts | undefined {
  const found = LINE.exec(line);
  if (!found) return undefined;
  const id = found[1]!;
  const rest = line.slice(found.index + found[0].length);
  const pair = (side: PairFacts['textPair']['side']): PairFacts['textPair'] => ({
    client: 'apache',
    side,
    id,
    serial: true,
  });
  if (found[2] === '<<') {
    const answered = ANSWERED.exec(rest);
    return answered ? { status: Number(answered[1]), textPair: pair('response') } : trace('apache');
  }
  const sent = SENT.exec(rest);
  if (sent) return { method: sent[1], url: sent[2], textPair: pair('request') };
  const host = HOST.exec(rest);
  return host ? { host: host[1], textPair: pair('host') } : trace('apache');
}

export const apache: PairReader = { name: 'Apache HttpClient', hints: ['http-outgoing-'], read };
