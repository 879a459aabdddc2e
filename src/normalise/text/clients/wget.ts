/**
 * GNU Wget's progress on stderr: `--2026-12-04 23:57:41--  URL` (`(try: 2)` before the URL of a retry)
 * starts a call, `HTTP request sent, awaiting response... 413 Payload Too Large` answers it (`Proxy
 * request sent` through a proxy); with `-S` the status comes as the answer's own line, `  HTTP/1.1 413
 * Payload Too Large`, indented. `No data received.`, a read error in the headers or a failed connect is
 * a call with no response. Wget fetches one URL at a time: a status answers the last URL. Its time is
 * local and has no zone: it is read as UTC. The body wget writes to stdout is the call's (text-exchanges.ts).
 */
import { type PairFacts, type PairReader, serialParts } from './pair-reader.js';

const SENT = /^--(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)-- {2}(?:\(try: ?\d{1,3}\) {2})?(https?:\/\/\S+)\s*$/;
const AWAITING = /^(?:HTTP|Proxy) request sent, awaiting response\.\.\. ?/;
const STATUS_AFTER = /^(\d{3}) /;
const SERVER_RESPONSE = /^ {2}HTTP\/[\d.]{1,3} (\d{3})\b/;
const NO_DATA = /^(?:No data received\.|Read error \(|Connection closed at byte)/;
const CONNECT_FAILED = /^Connecting to \S.{0,300}\.\.\. failed: /;
const part = serialParts('wget');

function read(line: string): PairFacts | undefined {
  const sent = SENT.exec(line);
  if (sent) return { url: sent[3], startedAt: `${sent[1]}T${sent[2]}`, textPair: part('request') };
  const awaiting = AWAITING.exec(line);
  if (awaiting) {
    const rest = line.slice(awaiting[0].length);
    const status = STATUS_AFTER.exec(rest);
    if (status) return { status: Number(status[1]), textPair: part('response') };
    // `-S`: the status follows on its own line.
    return NO_DATA.test(rest) ? { noResponse: true, textPair: part('failure') } : undefined;
  }
  const answered = SERVER_RESPONSE.exec(line);
  if (answered) return { status: Number(answered[1]), textPair: part('response') };
  return CONNECT_FAILED.test(line) ? { noResponse: true, textPair: part('failure') } : undefined;
}

export const wget: PairReader = {
  name: 'wget',
  hints: ['--  ', 'request sent, awaiting response', '  HTTP/', '... failed: '],
  read,
};
