/**
 * Reads what one log line says about an HTTP call, whatever logger wrote it.
 * Every reader fills a field only when it is still empty, so earlier (more
 * specific) places win. Only fixed, known places are looked at: no deep walk.
 */
import { isMarketoShaped, type Json } from '../marketo-body.js';
import { objectInText } from './embedded-text.js';
import {
  durationMs,
  httpStatus,
  idOf,
  isAbortName,
  isNetworkErrorCode,
  obj,
  str,
  strictStatus,
  timeOf,
} from './values.js';

export interface LineFields {
  method?: string;
  url?: string;
  /** Host when url is a path (req.headers.host). */
  host?: string;
  params?: Record<string, unknown>;
  status?: number;
  noResponse?: boolean;
  /** When the line was written. */
  time?: number | string;
  startedAt?: number | string;
  durationMs?: number;
  requestBody?: unknown;
  responseBody?: unknown;
  /** An id of this request in the logger's context (not Marketo's requestId). */
  correlationId?: string;
  /** A trace id: weaker than correlationId, one trace may hold many calls. */
  traceId?: string;
}

type Key = keyof LineFields;

export function fill<K extends Key>(f: LineFields, key: K, value: LineFields[K] | undefined): void {
  if (value !== undefined && f[key] === undefined) f[key] = value;
}

// Keys of Marketo's own response bodies; the rest of a merged log line is logger noise.
const MARKETO_KEYS = new Set([
  'requestId',
  'success',
  'errors',
  'warnings',
  'result',
  'nextPageToken',
  'moreResult',
  'access_token',
  'token_type',
  'expires_in',
  'scope',
  'error',
  'error_description',
]);

/** A Marketo body that a logger merged into its line (pino's first argument): keep Marketo's keys only. */
function marketoPart(o: Json): Json {
  let extra = false;
  for (const k in o) {
    if (!MARKETO_KEYS.has(k)) {
      extra = true;
      break;
    }
  }
  if (!extra) return o;
  const out: Json = {};
  for (const k in o) if (MARKETO_KEYS.has(k)) out[k] = o[k];
  return out;
}

function isMarketoText(value: unknown): boolean {
  if (typeof value !== 'string') return isMarketoShaped(value);
  const t = value.trimStart();
  if (t[0] !== '{') return false;
  try {
    return isMarketoShaped(JSON.parse(t));
  } catch {
    return false;
  }
}

interface Context {
  depth: number;
  /** Datadog writes its standard `duration` attribute in nanoseconds. */
  nanos: boolean;
}

const MAX_CONTAINER_DEPTH = 2;
const MAX_TEXT_DEPTH = 3;

function readContext(o: Json, f: LineFields): void {
  fill(f, 'time', timeOf(o.time) ?? timeOf(o.timestamp) ?? timeOf(o['@timestamp']) ?? timeOf(o.date) ?? timeOf(o.ts));
  const rid = idOf(o.requestId) ?? idOf(o.request_id);
  fill(
    f,
    'correlationId',
    idOf(o.reqId) ??
      idOf(o.req_id) ??
      // Marketo's requestId has a '#'; the logger's does not.
      (rid !== undefined && !rid.includes('#') ? rid : undefined) ??
      idOf(o.correlationId) ??
      idOf(o.correlation_id) ??
      idOf(o['x-request-id']),
  );
  const dd = obj(o.dd);
  fill(f, 'traceId', idOf(o.traceId) ?? idOf(o.trace_id) ?? idOf(dd?.trace_id) ?? idOf(o['dd.trace_id']) ?? idOf(obj(o.trace)?.id));
}

function headerId(headers: Json | undefined): string | undefined {
  if (!headers) return undefined;
  return idOf(headers['x-request-id']) ?? idOf(headers['X-Request-Id']) ?? idOf(headers['x-correlation-id']);
}

function joinBase(base: string | undefined, url: string | undefined): string | undefined {
  if (!base || !url || /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url ?? base;
  return base.replace(/\/+$/, '') + '/' + url.replace(/^\/+/, '');
}

/** req / request / client_req / axios config. */
function readRequest(r: Json | undefined, f: LineFields, axios: boolean): void {
  if (!r) return;
  fill(f, 'method', str(r.method));
  const url = str(r.url) ?? str(r.originalUrl) ?? str(r.uri);
  fill(f, 'url', axios ? joinBase(str(r.baseURL), url) : url);
  const headers = obj(r.headers);
  const address = str(r.address);
  fill(
    f,
    'host',
    str(headers?.host) ?? str(headers?.Host) ?? str(r.hostname) ?? str(r.host) ?? (address && /[a-z]/i.test(address) ? address : undefined),
  );
  if (axios) fill(f, 'params', obj(r.params));
  fill(f, 'requestBody', r.body ?? r.data);
  fill(f, 'correlationId', idOf(r.id) ?? headerId(headers));
}

/** res / response / client_res / axios error.response. */
function readResponse(r: Json | undefined, f: LineFields): void {
  if (!r) return;
  const bodyItself: boolean = isMarketoShaped(r);
  if (bodyItself) {
    fill(f, 'responseBody', r);
    return;
  }
  fill(f, 'status', httpStatus(r.statusCode) ?? httpStatus(r.status));
  fill(f, 'responseBody', r.body ?? r.data ?? r.payload);
}

/** err / error: serialized axios errors, or an app's error that copied Marketo's body. */
function readError(e: Json, f: LineFields, ctx: Context): void {
  if (isMarketoShaped(e)) fill(f, 'responseBody', marketoPart(e));
  const config = obj(e.config);
  readRequest(config, f, true);
  readResponse(obj(e.response), f);
  if (config) fill(f, 'status', strictStatus(e.status));
  for (const body of [e.body, e.data, e.responseBody]) if (body !== undefined && isMarketoText(body)) fill(f, 'responseBody', body);
  if (isNetworkErrorCode(e.code) || isNetworkErrorCode(e.errno) || isAbortName(e.name)) fill(f, 'noResponse', true);
  if (typeof e.message === 'string') readText(e.message, f, ctx);
}

/** Elastic Common Schema and Datadog's standard attributes: http.*, url.full, event.duration. */
function readStandard(o: Json, f: LineFields, ctx: Context): void {
  const http = obj(o.http);
  if (http) {
    const req = obj(http.request);
    const res = obj(http.response);
    fill(f, 'method', str(http.method) ?? str(req?.method));
    fill(f, 'url', str(http.url));
    fill(f, 'status', httpStatus(http.status_code) ?? httpStatus(res?.status_code));
    fill(f, 'requestBody', obj(req?.body)?.content);
    fill(f, 'responseBody', obj(res?.body)?.content);
    fill(f, 'correlationId', idOf(req?.id));
  }
  const url = obj(o.url);
  if (url) fill(f, 'url', str(url.full) ?? str(url.original));
  const event = obj(o.event);
  if (event) fill(f, 'durationMs', durationMs(event.duration, 'ns'));
  if (ctx.nanos) fill(f, 'durationMs', durationMs(o.duration, 'ns'));
}

/** Keys that flat client logs use at the top of the line. */
function readFlat(o: Json, f: LineFields, ctx: Context): void {
  fill(f, 'method', str(o.method));
  fill(f, 'url', str(o.url) ?? str(o.uri));
  fill(f, 'status', strictStatus(o.status) ?? httpStatus(o.statusCode) ?? httpStatus(o.status_code) ?? httpStatus(o.httpStatus));
  if (!ctx.nanos) {
    fill(
      f,
      'durationMs',
      durationMs(o.durationMs ?? o.duration ?? o.elapsed ?? o.elapsedMs ?? o.responseTime ?? o.response_time ?? o.latency ?? o.took),
    );
  }
  fill(f, 'startedAt', timeOf(o.startedAt) ?? timeOf(o.startTime));
  fill(f, 'requestBody', o.requestBody ?? o.request_body ?? o.reqBody);
  fill(f, 'responseBody', o.responseBody ?? o.response_body ?? o.resBody);
  if (typeof o.response === 'string') fill(f, 'responseBody', o.response);
  if (isMarketoShaped(o.data)) fill(f, 'responseBody', o.data);
  // `body` is the response's in client logs; a request line's body stays out.
  if (o.body !== undefined && (f.status !== undefined || isMarketoText(o.body))) fill(f, 'responseBody', o.body);
  if (o.aborted === true || o.canceled === true || o.cancelled === true) fill(f, 'noResponse', true);
  if (isNetworkErrorCode(o.code) || isNetworkErrorCode(o.error) || isNetworkErrorCode(o.errorCode)) fill(f, 'noResponse', true);
}

function readText(text: string, f: LineFields, ctx: Context): void {
  if (f.responseBody !== undefined || ctx.depth >= MAX_TEXT_DEPTH) return;
  const inner = obj(objectInText(text));
  if (inner) readObject(inner, f, { depth: ctx.depth + 1, nanos: false });
}

/** Reads one object of the line (the line itself, a container, or an embedded document). */
export function readObject(o: Json, f: LineFields, ctx: Context = { depth: 0, nanos: false }): void {
  if (f.responseBody === undefined && isMarketoShaped(o)) f.responseBody = marketoPart(o);
  const nanos = ctx.nanos || o.type === 'log' || 'ddsource' in o || 'dd' in o || 'ddtags' in o;
  const here: Context = { depth: ctx.depth, nanos };
  readFlat(o, f, here);
  readRequest(obj(o.req) ?? obj(o.request) ?? obj(o.client_req), f, false);
  readRequest(obj(o.config), f, true);
  readResponse(obj(o.res) ?? obj(o.response) ?? obj(o.client_res), f);
  const err = obj(o.err) ?? obj(o.error);
  if (err) readError(err, f, here);
  readStandard(o, f, here);
  readContext(o, f);
  // winston's `meta`, Datadog's `attributes`: more of the same line, one level down.
  if (ctx.depth < MAX_CONTAINER_DEPTH) {
    for (const child of [o.meta, o.attributes, o.context]) {
      const c = obj(child);
      if (c) readObject(c, f, { depth: ctx.depth + 1, nanos });
    }
  }
  for (const text of [o.message, o.msg, o['@message'], o.log, o.body, o.error]) {
    if (typeof text === 'string') readText(text, f, here);
  }
}
