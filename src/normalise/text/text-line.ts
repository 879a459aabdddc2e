/**
 * One line of a plain-text log (Python's default logging format, syslog,
 * journald, docker or kubectl output with a time prefix) -> what it says
 * about a Marketo call:
 * - urllib3's connection-pool line, the one place `requests` logs a status:
 *   `https://host:443 "POST /rest/v1/leads.json HTTP/1.1" 200 119`;
 * - requests' HTTPError text: `413 Client Error: Request Entity Too Large for url: https://...`;
 * - got's HTTPError text: `Request failed with status code 413 (Payload Too Large): POST https://...`;
 * - a client's own line, `GET https://... 200 12ms` or `...: socket hang up` (client-line.ts);
 * - a Marketo code written as text (codes-in-text.ts).
 * A JSON object after a text prefix is the caller's to try first.
 */
import type { RawCall } from '../build-exchange.js';
import type { SourceRef } from '../exchange.js';
import { clientLine, requestLineExchange } from './client-line.js';
import { readNoResponseWords, readPairLine } from './clients/index.js';
import { statusAlone } from './clients/curl-write-out.js';
import { bodyOfTextCode, codeInText, type TextCode } from './codes-in-text.js';
import { httpxExchange, pythonNoResponse } from './python-http-line.js';
import { newmanCliLine } from './newman-cli-line.js';
import { statusTextFacts } from './status-errors.js';

export type TextLineResult =
  | { kind: 'call'; call: RawCall }
  /** A line about a connection and nothing else (urllib3's `Starting new HTTPS connection`): its origin. */
  | { kind: 'connection'; origin: string }
  | { kind: 'unrecognised' };

/**
 * What a line says that may repeat an earlier line about the same call: a code,
 * or a status (0: no response), and the way it was written (see text-exchanges.ts).
 */
export interface TextMention {
  way: string;
  code?: TextCode;
  status?: number;
}

const UNRECOGNISED: TextLineResult = Object.freeze({ kind: 'unrecognised' });
const MAX_LINE = 64 * 1024;

const URLLIB3 = /(https?):\/\/([^\s:"/]+)(?::(\d+))? "([A-Z]+) (\S+) HTTP\/[\d.]+" (\d{3}) (?:\d+|None)/;
const NEW_CONNECTION = /Starting new (HTTPS?) connection \(\d+\): (\S+)|Resetting dropped connection: (\S+)/;
// A line that names a Marketo URL and nothing else of a call (`Upserting 400 leads to https://...`): where an
// error written later with no URL of its own (Spring's `HttpClientErrorException$PayloadTooLarge: 413 ...`) went.
const NAMED_URL = /\bhttps?:\/\/[\w.-]{1,253}\.mktorest\.com(?::\d{1,5})?\/[^\s"'<>,;)\]]{0,2000}/;
// requests' own exceptions for a call that got no answer, as the last line of a traceback.
const REQUESTS_NO_RESPONSE =
  /^\s*requests\.exceptions\.(?:ConnectionError|ConnectTimeout|ReadTimeout|Timeout|ChunkedEncodingError)\b/m;
// The reason phrases between are short: unbounded, a line of repeated openings was scanned to its end from each.
const HTTP_ERROR = /\b(\d{3}) (?:Client|Server) Error: [^\r\n]{0,200}? for url: (https?:\/\/\S+)/;
// got 14 and later; older got wrote `Response code 413 (Payload Too Large)`, with no URL to place it.
const GOT_HTTP_ERROR = /\bRequest failed with status code (\d{3}) \([^)\r\n]{0,80}\): ([A-Z]+) (https?:\/\/\S+)/;
// axios's AxiosError message, which names no URL: it repeats the response logged before it.
const AXIOS_HTTP_ERROR = /\bRequest failed with status code (\d{3})\b/;
// Node's words for a call that got no answer at the head of the error tslog's pretty output prints after the
// app's message (` Error  socket hang up, true, ECONNRESET, ...`: the name, two blanks, the message and the
// error's other properties). A bare `Error: socket hang up` on stderr names no call of the log.
const NODE_NO_RESPONSE =
  /^ ?\w{0,40}Error {2}(?:socket hang up|(?:connect|read) E[A-Z]{4,12}\b|timeout of \d{1,9}ms exceeded)/;
// Guzzle's RequestException and ConnectException texts.
const GUZZLE_HTTP_ERROR = /\b(?:Client|Server) error: `([A-Z]{3,7}) (https?:\/\/[^\s`]+)` resulted in a `(\d{3})\b/;
const CURL_ERROR = /\bcURL error \d{1,3}: [^\r\n]{0,300}? for (https?:\/\/\S+)/;
const OLD_GOT_HTTP_ERROR = /\bResponse code (\d{3}) \([^)\r\n]{0,80}\)/;
// Spring's RestTemplate (and RestClient): the status it raised on, and a call that got no response.
const SPRING_HTTP_ERROR = /\bHttp(?:Client|Server)ErrorException(?:\$\w{1,40})?: (\d{3}) /;
const SPRING_IO_ERROR = /\bI\/O error on ([A-Z]{3,7}) request for "(https?:\/\/[^"\s]+)"/;
// MuleSoft's HTTP Request connector (Mule 4): `HTTP POST on resource 'https://...' failed: payload too large (413).`,
// and with no status when no answer came (`failed: Remotely closed.`, `Connection refused.`, `Timeout exceeded.`).
const MULE_HTTP_ERROR = /\bHTTP ([A-Z]{3,7}) on resource '(https?:\/\/[^'\s]+)' failed: ([^\r\n]{0,120})/;
const MULE_STATUS = /\((\d{3})\)\.?\s*$/;
// What Ruby's Net::HTTPResponse#value raises: `Net::HTTPClientException: 413 "Payload Too Large"`.
// Ruby's Logger prints an exception handed to it as `message (Class)`: `413 "Payload Too Large"
// (Net::HTTPClientException)`, and so does full_message after the frame.
const RUBY_ERROR_CLASS = String.raw`Net::HTTP(?:Client|Server|Retriable|Fatal)?(?:Exception|Error)`;
const RUBY_HTTP_ERROR = new RegExp(
  String.raw`\b${RUBY_ERROR_CLASS}: (\d{3}) "|(?:^|[\s:])(\d{3}) "[^"\r\n]{0,80}" \(${RUBY_ERROR_CLASS}\)`,
);
// What Net::HTTP raises when no answer came, as Ruby's Logger prints an exception: `message (Class)`.
const RUBY_NO_RESPONSE = /\((?:EOFError|Errno::ECONNRESET|Errno::EPIPE|Net::ReadTimeout|Net::OpenTimeout)\)\s*$/m;
// The JDK HttpClient's exceptions for a call that got no response, as the first line of the stack trace (its
// `Caused by:` lines repeat it); the app's line before it named the call (text-exchanges.ts).
const JDK_NO_RESPONSE = new RegExp(
  '^\\s*(?:java\\.util\\.concurrent\\.(?:Completion|Execution)Exception: )?java\\.(?:' +
    'io\\.IOException: HTTP/1\\.1 header parser received no bytes|net\\.http\\.Http(?:Connect)?TimeoutException\\b|' +
    'net\\.ConnectException\\b|io\\.IOException: (?:Connection reset|Broken pipe)\\b)',
);
// requests' ConnectionError: the call got no response.
const NO_RESPONSE =
  /\b(HTTPS?)ConnectionPool\(host='([^']+)', port=(\d+)\): Max retries exceeded with url: (\S+) \(Caused by/;
// HTTPie's error for a call that got no response (3.2 writes its level as `LogLevel.ERROR`).
const HTTPIE_NO_RESPONSE = new RegExp(
  String.raw`^http: (?:error|LogLevel\.ERROR): (?:ConnectionError|ProxyError|ReadTimeout|ChunkedEncodingError)\b` +
    String.raw`[^\r\n]{0,2000}? while doing an? ([A-Z]{3,7}) request to URL: (https?:\/\/\S+)`,
);
// The last line of a Python traceback names the exception class first.
const TRACEBACK_TAIL = /^\s*[\w.]+(?:Exception|Error): /;
// At the start of a line: ISO 8601 (docker, kubectl --timestamps, RFC 5424 syslog), Python's asctime,
// Go's log package (`2026/12/04 11:35:21`), Ruby's Logger (`I, [2026-12-04T11:35:21.730123 #4242]`).
const TIME_PREFIX = /^(?:[DIWEFA], )?\[?(\d{4}([-/])\d\d\2\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?)/;

// Go's log package writes log.SetPrefix's text before its date unless Lmsgprefix is set: `marketo: 2026/12/04 ...`.
const GO_PREFIXED_TIME = /^[^\r\n]{1,40}? (\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?) /;

/** The time a text line starts with, as written. */
export function timeOfTextLine(text: string): string | undefined {
  const time = TIME_PREFIX.exec(text);
  if (time) return time[2] === '/' ? time[1]!.replaceAll('/', '-') : time[1];
  return GO_PREFIXED_TIME.exec(text)?.[1]?.replaceAll('/', '-');
}

function withTime(call: RawCall, text: string): RawCall {
  const time = timeOfTextLine(text);
  if (time !== undefined) call.startedAt = time;
  return call;
}

/** urllib3's exchange line, in a text line or a JSON logger's message. */
export function poolExchange(text: string): { method: string; url: string; status: number } | undefined {
  const pool = URLLIB3.exec(text);
  if (!pool) return undefined;
  const [, scheme, host, port, method, path, status] = pool;
  return { method: method!, url: urlOf(scheme!, host!, port, path!), status: Number(status) };
}

function urlOf(scheme: string, host: string, port: string | undefined, path: string): string {
  const defaultPort = (scheme === 'https' && port === '443') || (scheme === 'http' && port === '80');
  return `${scheme}://${host}${port && !defaultPort ? `:${port}` : ''}${path}`;
}

/** What a text says about a call, whatever holds the text: a text line, or a JSON logger's message. */
export type TextFacts = Omit<RawCall, 'source'>;

// The last text that said nothing: a JSON logger's message is read in its record, then again as the line
// the record holds (PlatformLines.held); most messages say nothing, and the second reading is spared.
let lastSaidNothing: string | undefined;

export function readTextFacts(text: string): TextFacts | { origin: string } | undefined {
  if (text === lastSaidNothing) return undefined;
  const facts = factsIn(text);
  if (facts === undefined) lastSaidNothing = text;
  return facts;
}

function factsIn(text: string): TextFacts | { origin: string } | undefined {
  const line = text.length > MAX_LINE ? text.slice(0, MAX_LINE) : text;
  const pool: TextFacts | undefined = line.includes('HTTP/')
    ? (poolExchange(line) ?? requestLineExchange(line) ?? httpxExchange(line))
    : undefined;
  // The exception Guzzle raises for the call may follow: it joins this line's call.
  if (pool?.noResponse) return { ...pool, textMention: { way: 'no-response access-log', status: 0 } };
  if (pool) return pool;
  const way = TRACEBACK_TAIL.test(line) ? 'traceback' : 'message';
  const guzzle = line.includes(' error: `') ? GUZZLE_HTTP_ERROR.exec(line) : null;
  if (guzzle) {
    const status = Number(guzzle[3]);
    return { method: guzzle[1]!, url: guzzle[2]!, status, textMention: { way: `guzzle-error ${way}`, status } };
  }
  const curlError = line.includes('cURL error ') ? CURL_ERROR.exec(line) : null;
  if (curlError) return { url: curlError[1]!, noResponse: true, textMention: { way: `no-response ${way}`, status: 0 } };
  const statusText = statusTextFacts(line, way);
  if (statusText) return statusText;
  const httpError = line.includes(' for url: ') ? HTTP_ERROR.exec(line) : null;
  if (httpError) {
    const status = Number(httpError[1]);
    return { url: httpError[2]!, status, textMention: { way: `http-error ${way}`, status } };
  }
  const got = line.includes('Request failed with status code ') ? GOT_HTTP_ERROR.exec(line) : null;
  if (got) {
    const status = Number(got[1]);
    return { method: got[2]!, url: got[3]!, status, textMention: { way: `got-error ${way}`, status } };
  }
  const axios = line.includes('Request failed with status code ') ? AXIOS_HTTP_ERROR.exec(line) : null;
  if (axios) {
    const status = Number(axios[1]);
    return { status, textMention: { way: `axios-error ${way}`, status } };
  }
  if (line.includes('Error') && NODE_NO_RESPONSE.test(line))
    return { noResponse: true, textMention: { way: 'no-response node', status: 0 } };
  // Joins the call whose status line came before it; alone, it went to the host of the last call.
  const oldGot = line.includes('Response code ') ? OLD_GOT_HTTP_ERROR.exec(line) : null;
  const spring = line.includes('ErrorException') ? SPRING_HTTP_ERROR.exec(line) : null;
  if (spring) {
    const status = Number(spring[1]);
    return { status, textMention: { way: `spring-error ${way}`, status } };
  }
  const mule = line.includes(' on resource ') ? MULE_HTTP_ERROR.exec(line) : null;
  if (mule) {
    const status = MULE_STATUS.exec(mule[3]!)?.[1];
    const facts = { method: mule[1]!, url: mule[2]! };
    if (status === undefined)
      return { ...facts, noResponse: true, textMention: { way: `no-response ${way}`, status: 0 } };
    return { ...facts, status: Number(status), textMention: { way: `mule-error ${way}`, status: Number(status) } };
  }
  const springLost = line.includes('I/O error on ') ? SPRING_IO_ERROR.exec(line) : null;
  if (springLost) {
    const facts = { method: springLost[1]!, url: springLost[2]!, noResponse: true };
    return { ...facts, textMention: { way: `no-response ${way}`, status: 0 } };
  }
  const ruby = oldGot === null && line.includes('Net::HTTP') ? RUBY_HTTP_ERROR.exec(line) : null;
  if (ruby) {
    const status = Number(ruby[1] ?? ruby[2]);
    return { status, textMention: { way: `ruby-error ${way}`, status } };
  }
  if (oldGot) {
    const status = Number(oldGot[1]);
    return { status, textMention: { way: `got-error ${way}`, status } };
  }
  const httpie = line.startsWith('http: ') ? HTTPIE_NO_RESPONSE.exec(line) : null;
  if (httpie) {
    const facts = { method: httpie[1]!, url: httpie[2]!, noResponse: true };
    return { ...facts, textMention: { way: `no-response ${way}`, status: 0 } };
  }
  const lost = line.includes('Max retries') ? NO_RESPONSE.exec(line) : null;
  if (lost) {
    const url = urlOf(lost[1]!.toLowerCase(), lost[2]!, lost[3], lost[4]!);
    return { url, noResponse: true, textMention: { way: `no-response ${way}`, status: 0 } };
  }
  if (line.includes(')') && RUBY_NO_RESPONSE.test(line))
    return { noResponse: true, textMention: { way: 'no-response ruby', status: 0 } };
  if (REQUESTS_NO_RESPONSE.test(line) || (line.includes('java.') && JDK_NO_RESPONSE.test(line)))
    return { noResponse: true, textMention: { way: 'no-response traceback', status: 0 } };
  const code = codeInText(line);
  const client = clientLine(line) ?? pythonNoResponse(line) ?? newmanCliLine(line);
  if (client?.noResponse) return { ...client, textMention: { way: `no-response ${way}`, status: 0 } };
  if (client && !code) return client;
  if (code) return { ...client, responseBody: bodyOfTextCode(code), textMention: { way: code.kind, code } };
  const connection = NEW_CONNECTION.exec(line);
  if (!connection) return undefined;
  return { origin: connection[2] ? `${connection[1]!.toLowerCase()}://${connection[2]}` : `https://${connection[3]}` };
}

/** A line that names a Marketo URL and nothing else of a call; it goes in order with the calls. */
function namedUrl(line: string): TextFacts | undefined {
  const named = line.includes('.mktorest.com') ? NAMED_URL.exec(line) : null;
  return named ? { namedUrl: named[0] } : undefined;
}

export function readTextLine(text: string, source: SourceRef): TextLineResult {
  const line = text.length > MAX_LINE ? text.slice(0, MAX_LINE) : text;
  // A part of a call logged over several lines: line-pairs.ts joins the parts.
  const facts =
    readPairLine(line) ?? readTextFacts(line) ?? readNoResponseWords(line) ?? namedUrl(line) ?? statusAlone(line);
  if (facts === undefined) return UNRECOGNISED;
  if ('origin' in facts) return { kind: 'connection', origin: facts.origin };
  return { kind: 'call', call: withTime({ source, ...facts }, text) };
}
