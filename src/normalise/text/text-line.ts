/**
 * One line of a plain-text log (Python's default logging format, syslog,
 * journald, docker or kubectl output with a time prefix) -> what it says
 * about a Marketo call:
 * - urllib3's connection-pool line, the one place `requests` logs a status:
 *   `https://host:443 "POST /rest/v1/leads.json HTTP/1.1" 200 119`;
 * - requests' HTTPError text: `413 Client Error: Request Entity Too Large for url: https://...`;
 * - a Marketo code written as text (codes-in-text.ts).
 * A JSON object after a text prefix is the caller's to try first.
 */
import type { RawCall } from '../build-exchange.js';
import type { SourceRef } from '../exchange.js';
import { bodyOfTextCode } from '../ndjson/line-fields.js';
import { codeInText, type TextCode } from './codes-in-text.js';

export type TextLineResult =
  | { kind: 'call'; call: RawCall; mention?: TextMention }
  /** A line about a connection and nothing else (urllib3's `Starting new HTTPS connection`). */
  | { kind: 'connection' }
  | { kind: 'unrecognised' };

/** What a line says that may repeat an earlier line about the same call. */
export type TextMention = { kind: 'code'; code: TextCode } | { kind: 'http-error'; status: number };

const UNRECOGNISED: TextLineResult = Object.freeze({ kind: 'unrecognised' });
const CONNECTION: TextLineResult = Object.freeze({ kind: 'connection' });
const MAX_LINE = 64 * 1024;

const URLLIB3 = /(https?):\/\/([^\s:"/]+)(?::(\d+))? "([A-Z]+) (\S+) HTTP\/[\d.]+" (\d{3}) (?:\d+|None)/;
const NEW_CONNECTION = /Starting new HTTPS? connection \(\d+\): \S+|Resetting dropped connection: \S+/;
const HTTP_ERROR = /\b(\d{3}) (?:Client|Server) Error: [^\r\n]*? for url: (https?:\/\/\S+)/;
// At the start of a line: ISO 8601 (docker, kubectl --timestamps, RFC 5424 syslog) or Python's asctime.
const TIME_PREFIX = /^\[?(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?)/;

/** The time a text line starts with, as written. */
export function timeOfTextLine(text: string): string | undefined {
  return TIME_PREFIX.exec(text)?.[1];
}

function withTime(call: RawCall, text: string): RawCall {
  const time = timeOfTextLine(text);
  if (time !== undefined) call.startedAt = time;
  return call;
}

export function readTextLine(text: string, source: SourceRef): TextLineResult {
  const line = text.length > MAX_LINE ? text.slice(0, MAX_LINE) : text;
  const pool = URLLIB3.exec(line);
  if (pool) {
    const [, scheme, host, port, method, path, status] = pool;
    const defaultPort = (scheme === 'https' && port === '443') || (scheme === 'http' && port === '80');
    const url = `${scheme}://${host}${port && !defaultPort ? `:${port}` : ''}${path}`;
    return { kind: 'call', call: withTime({ source, method, url, status: Number(status) }, line) };
  }
  const httpError = HTTP_ERROR.exec(line);
  if (httpError) {
    const status = Number(httpError[1]);
    const call = withTime({ source, url: httpError[2]!, status }, line);
    return { kind: 'call', call, mention: { kind: 'http-error', status } };
  }
  const code = codeInText(line);
  if (code) {
    const call = withTime({ source, responseBody: bodyOfTextCode(code), textCode: code }, line);
    return { kind: 'call', call, mention: { kind: 'code', code } };
  }
  return NEW_CONNECTION.test(line) ? CONNECTION : UNRECOGNISED;
}
