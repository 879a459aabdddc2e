/**
 * What an HTTP client's plain lines say, whatever the library: apps that print
 * their calls write `GET https://... 200 12ms` (got hooks, axios loggers), and
 * a call that got no answer as `GET https://...: socket hang up`, Node's own
 * words for a dropped connection. A JSON body printed after the status is read
 * by the caller (analyzer), which takes the method, URL and status from here.
 */
import type { RawCall } from '../build-exchange.js';

const METHOD = '\\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) ';
// A whole URL, or a path of Marketo's API alone, as an app that logs its client's relative URL (axios's
// `config.url` under a baseURL) writes it: versioned, so that an app's own `/rest/users` route is no call.
const MARKETO_PATH_ = '\\/(?:rest\\/(?:asset\\/)?v\\d\\/|bulk\\/v\\d\\/|identity\\/oauth\\/token)';
const URL_ = `(https?:\\/\\/[^\\s"'<>]+?|${MARKETO_PATH_}[^\\s"'<>]*?)`;
// Between the URL and the status: a space, an arrow, `status=` / `status: `, the protocol (`HTTP/1.1 414`), or
// `returned` (`returned HTTP 413`, as a PHP script logs curl_getinfo()'s code).
const BEFORE_STATUS =
  '(?: | -> | => |\\s+status(?:[_ ]?code)?[=:] ?|\\s+HTTP\\/\\d(?:\\.\\d)? | returned(?: HTTP| status)? )';
// Go's `log.Printf("%s %s: %s", method, url, resp.Status)` puts a colon after the URL: not part of it.
// After the status: a blank, `,` or `;`, the end, or axios-logger's `:` before the reason (`413:Payload Too Large`).
const CLIENT_LINE = new RegExp(`${METHOD}${URL_}:?${BEFORE_STATUS}([1-5]\\d\\d)(?=[\\s,;]|$|:[A-Z])`, 'i');
const CALL = new RegExp(`${METHOD}${URL_}:?(?:\\s|$)`);
// Found first, in one pass: a regex that looked for the call and then these words after it would
// scan the rest of the line again from every `METHOD url` (quadratic on a hostile line).
// curl's own words too (`cURL error 52: Empty reply from server`, as a PHP script logs curl_error()), Node's and
// undici's codes for a call that got no answer (undici's UND_ERR_RESPONSE and UND_ERR_RESPONSE_STATUS_CODE came
// with a status), and a browser's: Chrome's console line (`POST https://... net::ERR_FAILED`: CORS, a dropped
// connection, a blocked request) and the message of the TypeError fetch() throws then, in Chrome, Firefox and
// Safari, as an app logs it after the call.
const NETWORK_WORDS = new RegExp(
  String.raw`\b(?:socket hang up|E(?:CONNRESET|CONNREFUSED|CONNABORTED|TIMEDOUT|PIPE|NOTFOUND|AI_AGAIN|HOSTUNREACH)` +
    '|UND_ERR_(?:CONNECT_TIMEOUT|HEADERS_TIMEOUT|SOCKET|CLOSED)|net::ERR_[A-Z_]+' +
    '|other side closed|Empty reply from server|Unexpected end of file from server|Failed to fetch' +
    '|NetworkError when attempting to fetch resource' +
    String.raw`|Load failed)\b`,
);
// Go's *url.Error, what net/http's client returns when no response came: `Post "https://...": EOF`.
const GO_ERROR = /\b(Get|Post|Put|Patch|Delete|Head|Options) "(https?:\/\/[^\s"]+)": \S/;
// Rust's reqwest when no response came, shown with {} or with {:?}, and node-fetch's FetchError (a system error:
// `request to https://... failed, reason: socket hang up`); none names the method.
const SEND_FAILED = new RegExp(
  String.raw`\berror sending request for url \((https?:\/\/[^\s()]+)\)|\bkind: Request, url: "(https?:\/\/[^\s"]+)"` +
    String.raw`|\brequest to (https?:\/\/[^\s"'<>]+) failed, reason: `,
);
// An access-log request line with the path alone: PHP Guzzle's MessageFormatter (its default CLF
// starts with this machine's host name, not Marketo's), Apache's and nginx's `combined` format.
// Guzzle logs once a call is over: `NULL` (PHP's null) where the status would be says none came.
const REQUEST_LINE = /"([A-Z]{3,7}) (\/[^\s"]*) HTTP\/\d(?:\.\d)?" (\d{3}|NULL)(?= |$)/;

const MARKETO_PATH = new RegExp(` ${MARKETO_PATH_}`);

export type ClientFacts = Pick<RawCall, 'method' | 'url' | 'status' | 'noResponse'>;

/** The call a client's line names, with its status or with no response; undefined for any other text. */
export function clientLine(line: string): ClientFacts | undefined {
  if (!line.includes('://') && !MARKETO_PATH.test(line)) return undefined;
  const answered = CLIENT_LINE.exec(line);
  if (answered) return { method: answered[1]!, url: answered[2]!, status: Number(answered[3]) };
  const go = line.includes('": ') ? GO_ERROR.exec(line) : null;
  if (go) return { method: go[1]!.toUpperCase(), url: go[2]!, noResponse: true };
  const sendFailed = line.includes('request') || line.includes('Request') ? SEND_FAILED.exec(line) : null;
  if (sendFailed) return { url: (sendFailed[1] ?? sendFailed[2] ?? sendFailed[3])!, noResponse: true };
  const words = NETWORK_WORDS.exec(line);
  const lost = words ? CALL.exec(line.slice(0, words.index)) : null;
  return lost ? { method: lost[1]!, url: lost[2]!, noResponse: true } : undefined;
}

/** `"POST /rest/v1/leads.json HTTP/1.1" 413 183`: method, path and status (or no response). */
export function requestLineExchange(line: string): ClientFacts | undefined {
  const found = REQUEST_LINE.exec(line);
  if (!found) return undefined;
  const [, method, url, status] = found;
  return status === 'NULL' ? { method, url, noResponse: true } : { method, url, status: Number(status) };
}

/** The `METHOD url` a text names with no status (`POST https://... answered {...}`), or undefined. */
export function callNamed(line: string): Pick<RawCall, 'method' | 'url'> | undefined {
  if (!line.includes('://') && !MARKETO_PATH.test(line)) return undefined;
  const named = CALL.exec(line);
  return named ? { method: named[1]!, url: named[2]! } : undefined;
}
