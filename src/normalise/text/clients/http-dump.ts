/**
 * A raw HTTP message printed whole: Go's httputil.DumpRequestOut / DumpResponse through the log package
 * (`2026/12/04 11:35:21 POST /rest/v1/leads.json HTTP/1.1`, `Host: host`, the headers, a blank line, the
 * body; later `2026/12/04 11:35:21 HTTP/1.1 413 Payload Too Large`), and other tools that print the wire
 * text as it is. The request line and its Host header make the request, the status line answers it; the
 * body printed after the status line is that call's (text-exchanges.ts). No id is printed: lines pair in
 * order. The other headers are left to the other readers: a bare `Name: value` line could be anyone's.
 */
import type { PairFacts, PairReader } from './pair-reader.js';

// A time the log package (or an ISO stamp) put before the message.
const TIME = String.raw`(?:\d{4}[/-]\d\d[/-]\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z? )?`;
const SENT = new RegExp(String.raw`^${TIME}([A-Z]{3,7}) (\/\S*) HTTP\/1\.[01]\s*$`);
const HOST = /^Host: (\S{1,300})\s*$/;
const ANSWERED = new RegExp(String.raw`^${TIME}HTTP\/[12](?:\.[01])? (\d{3})\b`);

const pair = (side: PairFacts['textPair']['side']): PairFacts['textPair'] => ({
  client: 'http-dump',
  side,
  serial: true,
});

function read(line: string): PairFacts | undefined {
  const sent = SENT.exec(line);
  if (sent) return { method: sent[1], url: sent[2], textPair: pair('request') };
  const host = HOST.exec(line);
  if (host) return { host: host[1], textPair: pair('host') };
  const answered = ANSWERED.exec(line);
  return answered ? { status: Number(answered[1]), textPair: pair('response') } : undefined;
}

export const httpDump: PairReader = { name: 'raw HTTP dump', hints: [' HTTP/1.', 'HTTP/', 'Host: '], read };
