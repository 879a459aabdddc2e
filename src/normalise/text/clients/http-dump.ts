/**
 * A raw HTTP message printed whole: Go's httputil.DumpRequestOut / DumpResponse through the log package
 * (`2026/12/04 11:35:21 POST /rest/v1/leads.json HTTP/1.1`, `Host: host`, the headers, a blank line, the
 * body; later `2026/12/04 11:35:21 HTTP/1.1 413 Payload Too Large`), and other tools that print the wire
 * text as it is. The request line and its Host header make the request, the status line answers it; the
 * body printed after the status line is that call's (text-exchanges.ts). No id is printed: lines pair in
 * order. The other headers are left to the other readers: a bare `Name: value` line could be anyone's.
 */
import { type PairFacts, type PairReader, readWire, serialParts } from './pair-reader.js';

// A time the log package (or an ISO stamp) put before the message.
const TIME = String.raw`(?:\d{4}[/-]\d\d[/-]\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z? )?`;
const SENT = new RegExp(String.raw`^${TIME}([A-Z]{3,7}) (\/\S*) HTTP\/1\.[01]\s*$`);
const HOST = /^Host: (\S{1,300})\s*$/;
const ANSWERED = new RegExp(String.raw`^${TIME}HTTP\/[12](?:\.[01])? (\d{3})\b`);

const WIRE = { sent: SENT, host: HOST, answered: ANSWERED };
const part = serialParts('http-dump');

function read(line: string): PairFacts | undefined {
  return readWire(line, WIRE, part);
}

export const httpDump: PairReader = { name: 'raw HTTP dump', hints: [' HTTP/1.', 'HTTP/', 'Host: '], read };
