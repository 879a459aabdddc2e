/**
 * Ruby's Net::HTTP with `set_debug_output` (how Ruby clients are debugged, and what Faraday's net_http
 * adapter prints then): `opening connection to host:443...`, the request as `String#dump` writes it,
 * `<- "POST /rest/v1/leads.json HTTP/1.1\r\n...Host: host\r\n\r\n"`, its body as another `<- "..."`,
 * then `-> "HTTP/1.1 413 Payload Too Large\r\n"`, a `-> "..."` line per header, `reading 183 bytes...`,
 * the body as `-> "..."` and `read 183 bytes`; `Conn close because of error end of file reached` when
 * the connection dropped. One request at a time on a connection, and no id: lines pair in order.
 */
import { type PairFacts, type PairReader, serialParts, trace } from './pair-reader.js';

const SENT = /^<- "([A-Z]{3,7}) (\S+) HTTP\/1\.[01]\\r\\n/;
const HOST = /\\r\\nHost: ([^\\"\s]{1,300})/;
const ANSWERED = /^-> "HTTP\/[\d.]+ (\d{3})\b/;
const BODY = /^-> "([{[].*)"$/;
const FAILED = /^Conn close because of error /;
const NOTE = new RegExp(
  '^(?:<- "|-> "|opening connection to |opened$|starting SSL for |SSL established|' +
    'reading \\d+ bytes|read \\d+ bytes|Conn (?:keep-alive|close))',
);

const pair = serialParts('net-http');

/** The text `String#dump` wrote: its escapes undone (a byte above ASCII as `\xNN`, `\u` escapes, `\"`). */
function undump(text: string): string {
  return text.replace(/\\(x[0-9A-Fa-f]{2}|u\{[0-9A-Fa-f]{1,6}\}|u[0-9A-Fa-f]{4}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (e[0] === 'u' && e.length > 1) return String.fromCodePoint(Number.parseInt(e.replace(/[u{}]/g, ''), 16));
    return ({ n: '\n', r: '\r', t: '\t', e: '\u001b', '0': '\u0000' } as Record<string, string>)[e] ?? e;
  });
}

function read(line: string): PairFacts | undefined {
  const sent = SENT.exec(line);
  if (sent) return { method: sent[1], url: sent[2], host: HOST.exec(line)?.[1], textPair: pair('request') };
  const answered = ANSWERED.exec(line);
  if (answered) return { status: Number(answered[1]), textPair: pair('response') };
  const body = BODY.exec(line);
  if (body) {
    try {
      return { responseBody: JSON.parse(undump(body[1]!)), textPair: pair('body') };
    } catch {
      return trace('net-http');
    }
  }
  if (FAILED.test(line)) return { noResponse: true, textPair: pair('failure') };
  return NOTE.test(line) ? trace('net-http') : undefined;
}

export const netHttp: PairReader = {
  name: 'Ruby Net::HTTP debug',
  hints: ['<- "', '-> "', 'opening connection to ', 'opened', 'reading ', 'read ', 'Conn '],
  read,
};
