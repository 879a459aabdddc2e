import { isUtf8 } from 'node:buffer';
import type { RawCall } from './build-exchange.js';
import type { SourceRef } from './exchange.js';
import { isObject, type Json } from './marketo-body.js';
import { apiKindOf, parseUrl } from './marketo-url.js';

// HAR 1.2: `ssl` is already part of `connect`, and `_`-prefixed fields are tool extras.
const PHASES = ['blocked', 'dns', 'connect', 'send', 'wait', 'receive'] as const;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function pairs(value: unknown): Array<[string, string]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[string, string]> = [];
  for (const p of value) {
    if (isObject(p) && typeof p.name === 'string') out.push([p.name, typeof p.value === 'string' ? p.value : '']);
  }
  return out;
}

function encodePairs(list: Array<[string, string]>): string {
  return list.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/** The URL as sent: most tools keep the query in `url`, some only in `queryString`. */
function fullUrl(request: Json): string | undefined {
  const url = str(request.url);
  if (url === undefined || url.includes('?')) return url;
  const query = pairs(request.queryString);
  return query.length === 0 ? url : `${url}?${encodePairs(query)}`;
}

/** postData.text, or the form fields some tools give only as `params`. */
function requestBody(request: Json): string | undefined {
  const post = request.postData;
  if (!isObject(post)) return undefined;
  const text = str(post.text);
  if (text !== undefined && text !== '') return text;
  const params = pairs(post.params);
  return params.length > 0 ? encodePairs(params) : text;
}

/** The body as text; base64 bodies are decoded when they are UTF-8 text (binary ones tell us nothing). */
function responseBody(response: Json): string | undefined {
  const content = response.content;
  if (!isObject(content)) return undefined;
  const text = str(content.text);
  if (text === undefined || content.encoding !== 'base64') return text;
  const bytes = Buffer.from(text, 'base64');
  return isUtf8(bytes) ? bytes.toString('utf8') : undefined;
}

function duration(entry: Json): number | undefined {
  const time = num(entry.time);
  if (time !== undefined && time >= 0) return time;
  if (!isObject(entry.timings)) return undefined;
  let sum = 0;
  let any = false;
  for (const phase of PHASES) {
    const t = num(entry.timings[phase]);
    if (t !== undefined && t >= 0) {
      sum += t;
      any = true;
    }
  }
  return any ? sum : undefined;
}

/** Chrome marks failures with `_error`, Playwright with status -1 and `_failureText`, others with status 0. */
function failed(response: Json | undefined, status: number | undefined): boolean {
  if (!response) return true;
  if (str(response._error) || str(response._failureText)) return true;
  return status === undefined || status <= 0;
}

/**
 * One HAR entry as a RawCall. Headers and cookies are left behind on purpose:
 * they carry Authorization and session cookies, and nothing later needs them.
 * Returns null when the entry is not an object with a request.
 */
export function harEntryToRawCall(entry: unknown, source: SourceRef): RawCall | null {
  if (!isObject(entry) || !isObject(entry.request)) return null;
  const request = entry.request;
  const response = isObject(entry.response) ? entry.response : undefined;
  const raw: RawCall = { source };
  const method = str(request.method);
  if (method) raw.method = method;
  const url = fullUrl(request);
  let marketo = true;
  if (url !== undefined) {
    raw.url = url;
    const { host, path } = parseUrl(url);
    if (host) raw.host = host;
    marketo = apiKindOf(path, host) !== 'other';
  }
  // Pages, scripts and images are counted, not read: their bodies can be
  // megabytes, and a script may hold credentials no redaction rule knows.
  const body = marketo ? requestBody(request) : undefined;
  if (body !== undefined) raw.requestBody = body;
  const status = response ? num(response.status) : undefined;
  if (failed(response, status)) raw.noResponse = true;
  else raw.status = status;
  if (response && !raw.noResponse && marketo) {
    const text = responseBody(response);
    if (text !== undefined) raw.responseBody = text;
  }
  const started = str(entry.startedDateTime);
  if (started) raw.startedAt = started;
  const ms = duration(entry);
  if (ms !== undefined) raw.durationMs = ms;
  return raw;
}
