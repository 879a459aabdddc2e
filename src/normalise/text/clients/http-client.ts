/**
 * Python's http.client with `HTTPConnection.debuglevel = 1` (the usual way to
 * see what `requests` sends): `send: b'POST /rest/v1/leads.json HTTP/1.1\r\nHost:
 * 123-ABC-456.mktorest.com\r\n...'`, the body as another `send: b'...'`, then
 * `reply: 'HTTP/1.1 413 Payload Too Large\r\n'` and one `header: ...` line per
 * response header. The debug output is print()ed: no time, no logger name. A
 * connection runs one request at a time, and no id is printed: lines pair in order.
 */
import { type PairFacts, type PairReader, readWire, serialParts, trace } from './pair-reader.js';

// The request line and the Host header, as repr() writes them: CR LF is the four characters `\r\n`.
// http.client writes Host first unless the caller sent one of its own (urllib3 does not).
const SENT = /^\s*send: b'([A-Z]{3,7}) (\S+) HTTP\/1\.[01]\\r\\n(?:Host: ([^\\'\s]+))?/;
const ANSWERED = /^\s*reply: '(?:HTTP\/[\d.]+ )?(\d{3})\b/;
// The status line read back empty: the server closed the connection unanswered (http.client then
// raises RemoteDisconnected, which requests' traceback names many lines later without a URL).
const DROPPED = /^\s*reply: ''\s*$/;
// A body sent after its headers, and each response header.
const OTHER = /^\s*(?:send: b['"]|header: )/;

const WIRE = { sent: SENT, answered: ANSWERED };
const part = serialParts('http.client');

// A mention, so that the app's exception for the same call joins it (text-exchanges.ts) instead of counting again.
const DROPPED_MENTION = { way: 'no-response http.client', status: 0 };

function read(line: string): PairFacts | undefined {
  const wire = readWire(line, WIRE, part);
  if (wire) return wire;
  if (DROPPED.test(line)) return { noResponse: true, textMention: DROPPED_MENTION, textPair: part('failure') };
  return OTHER.test(line) ? trace('http.client') : undefined;
}

export const httpClient: PairReader = { name: 'http.client debug', hints: ['send: b', 'reply: ', 'header: '], read };
