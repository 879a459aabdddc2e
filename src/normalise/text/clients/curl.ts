/**
 * `curl -v` (or `--trace-ascii`'s lines of the same look): `> POST
 * /rest/v1/leads.json HTTP/1.1`, `> Host: 123-ABC-456.mktorest.com`, then
 * `< HTTP/1.1 413 Payload Too Large`; `* Empty reply from server` or `curl:
 * (52) ...` when no response came. curl runs its transfers one after the
 * other: a status answers the last request. Its other lines (`* Trying`,
 * `> Authorization: ...`) are read for nothing.
 */
import { type PairFacts, type PairReader, readWire, serialParts, trace } from './pair-reader.js';

// A CI runner's time stamp may stand before curl's own line.
const PREFIX = '^(?:\\d{4}-\\d\\d-\\d\\dT[\\d:.]{8,20}Z? )?';
const SENT = new RegExp(`${PREFIX}> ([A-Z]{3,7}) (\\S+) HTTP\\/[\\d.]+\\s*$`);
const HOST = new RegExp(`${PREFIX}> Host: (\\S+)\\s*$`, 'i');
const ANSWERED = new RegExp(`${PREFIX}< HTTP\\/[\\d.]+ (\\d{3})\\b`);
// curl's words for a transfer that got no response (exit codes 52, 56, 28, 18, 92).
const FAILED_WORDS = [
  '\\* (?:Empty reply from server|Recv failure|Operation timed out|Connection died)',
  '\\* HTTP\\/2 stream \\d+ was not closed cleanly',
  'curl: \\((?:52|56|28|18|92)\\)',
];
const FAILED = new RegExp(`${PREFIX}(?:${FAILED_WORDS.join('|')})`);

// curl's notes and the other headers: `> Accept: */*`, `< content-type: ...`, `* Connected to ...`.
const HEADER = new RegExp(`${PREFIX}[<>] (?:[\\w-]{1,100}: |\\s*$)`);
const NOTE = new RegExp(
  `${PREFIX}\\*\\s{1,4}(?:Trying |Connected to |Connection #|Added |Hostname |ALPN|SSL |TLS|Server certificate|` +
    'Closing connection|Mark bundle|using HTTP|Using Stream|Copying HTTP|Host |IPv[46]|Uses proxy|Expire in)',
);

const WIRE = { sent: SENT, host: HOST, answered: ANSWERED };
const part = serialParts('curl');

function read(line: string): PairFacts | undefined {
  const facts = readWire(line, WIRE, part);
  if (facts) return facts;
  if (FAILED.test(line)) return { noResponse: true, textPair: part('failure') };
  return HEADER.test(line) || NOTE.test(line) ? trace('curl') : undefined;
}

export const curl: PairReader = { name: 'curl -v', hints: ['> ', '< ', '* ', 'curl: ('], read };
