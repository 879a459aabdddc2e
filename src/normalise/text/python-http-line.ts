/**
 * What Python's async-era HTTP clients write about a call:
 * - httpx logs every exchange on its own (DEBUG in 0.23, INFO from 0.24):
 *   `HTTP Request: POST https://host/rest/v1/leads.json "HTTP/1.1 413 Payload Too Large"`;
 * - an app that logs a call that got no answer names it before the exception's repr:
 *   `GET https://... failed: ServerDisconnectedError('Server disconnected')` (aiohttp),
 *   `... RemoteProtocolError('Server disconnected without sending a response.')` (httpx).
 */
import type { RawCall } from '../build-exchange.js';

// The URL stops at white space or a quote: one pass, no backtracking across the line.
const HTTPX = /HTTP Request: ([A-Z]+) (https?:\/\/[^\s"]+) "HTTP\/[\d.]+ (\d{3})(?: [^"\r\n]{0,80})?"/;
// httpx's and aiohttp's exceptions for a call that got no response (timeouts included).
const HTTPX_ERRORS = 'RemoteProtocolError|ConnectError|ConnectTimeout|ReadTimeout|ReadError|PoolTimeout|WriteError';
const AIOHTTP_ERRORS =
  'ServerDisconnectedError|ClientConnectorError|ClientOSError|ServerTimeoutError|ClientPayloadError';
const NO_RESPONSE_WORDS = new RegExp(`\\b(?:${HTTPX_ERRORS}|${AIOHTTP_ERRORS})\\b`);
const CALL = /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (https?:\/\/[^\s"'<>]+?):?(?:\s|$)/;

export type PythonCallFacts = Pick<RawCall, 'method' | 'url' | 'status' | 'noResponse'>;

/** httpx's own exchange line. */
export function httpxExchange(line: string): PythonCallFacts | undefined {
  const m = line.includes('HTTP Request: ') ? HTTPX.exec(line) : null;
  return m ? { method: m[1]!, url: m[2]!, status: Number(m[3]) } : undefined;
}

/** A call named before httpx's or aiohttp's no-response exception. */
export function pythonNoResponse(line: string): PythonCallFacts | undefined {
  if (!line.includes('://')) return undefined;
  // The words first, then the call only in the text before them: one pass each.
  const words = NO_RESPONSE_WORDS.exec(line);
  const call = words ? CALL.exec(line.slice(0, words.index)) : null;
  return call ? { method: call[1]!, url: call[2]!, noResponse: true } : undefined;
}
