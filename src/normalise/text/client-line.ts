/**
 * What an HTTP client's plain lines say, whatever the library: apps that print
 * their calls write `GET https://... 200 12ms` (got hooks, axios loggers), and
 * a call that got no answer as `GET https://...: socket hang up`, Node's own
 * words for a dropped connection. A JSON body printed after the status is read
 * by the caller (analyzer), which takes the method, URL and status from here.
 */
import type { RawCall } from '../build-exchange.js';

const METHOD = '\\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) ';
const URL_ = '(https?:\\/\\/[^\\s"\'<>]+?)';
// Between the URL and the status: a space, an arrow, `status=` / `status: ` or the protocol (`HTTP/1.1 414`).
const BEFORE_STATUS = '(?: | -> | => |\\s+status(?:[_ ]?code)?[=:] ?|\\s+HTTP\\/\\d(?:\\.\\d)? )';
const CLIENT_LINE = new RegExp(`${METHOD}${URL_}${BEFORE_STATUS}([1-5]\\d\\d)(?=[\\s,;]|$)`, 'i');
const CALL = new RegExp(`${METHOD}${URL_}:?(?:\\s|$)`);
// Found first, in one pass: a regex that looked for the call and then these words after it would
// scan the rest of the line again from every `METHOD url` (quadratic on a hostile line).
const NETWORK_WORDS = /\b(?:socket hang up|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|other side closed)\b/;

export type ClientFacts = Pick<RawCall, 'method' | 'url' | 'status' | 'noResponse'>;

/** The call a client's line names, with its status or with no response; undefined for any other text. */
export function clientLine(line: string): ClientFacts | undefined {
  if (!line.includes('://')) return undefined;
  const answered = CLIENT_LINE.exec(line);
  if (answered) return { method: answered[1]!, url: answered[2]!, status: Number(answered[3]) };
  const words = NETWORK_WORDS.exec(line);
  const lost = words ? CALL.exec(line.slice(0, words.index)) : null;
  return lost ? { method: lost[1]!, url: lost[2]!, noResponse: true } : undefined;
}

/** A body printed after `METHOD url STATUS` answered that call: the text before it names it. */
export function fillFromClientLine(call: RawCall, text: string): void {
  if (call.url !== undefined || call.noResponse) return;
  const facts = clientLine(text);
  if (facts?.status === undefined) return;
  call.url = facts.url;
  call.method ??= facts.method;
  call.status ??= facts.status;
}
