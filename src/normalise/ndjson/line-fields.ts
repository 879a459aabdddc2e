/**
 * Reads what one log line says about an HTTP call, whatever logger wrote it.
 * Every reader fills a field only when it is still empty, so earlier (more
 * specific) places win. Only fixed, known places are looked at: no deep walk.
 */
import type { RawCall } from '../build-exchange.js';
import { isMarketoShaped, type Json } from '../marketo-body.js';
import { objectInText } from './embedded-text.js';
import { type LineKeys, readKeys } from './line-keys.js';
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

/** The fields of a RawCall that a line can hold, and what pairs lines up. */
export interface LineFields extends Omit<RawCall, 'source' | 'endedAt' | 'lineBytes' | 'requestId'> {
  /** When the line was written. */
  time?: number | string;
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

function readContext(k: LineKeys, f: LineFields): void {
  fill(f, 'time', timeOf(k.time) ?? timeOf(k.timestamp) ?? timeOf(k.atTimestamp) ?? timeOf(k.date) ?? timeOf(k.ts));
  const rid = idOf(k.requestId) ?? idOf(k.request_id);
  fill(
    f,
    'correlationId',
    idOf(k.reqId) ??
      idOf(k.req_id) ??
      // Marketo's requestId has a '#'; the logger's does not.
      (rid !== undefined && !rid.includes('#') ? rid : undefined) ??
      idOf(k.correlationId) ??
      idOf(k.correlation_id) ??
      idOf(k.xRequestId),
  );
  const dd = obj(k.dd);
  fill(f, 'traceId', idOf(k.traceId) ?? idOf(k.trace_id) ?? idOf(dd?.trace_id) ?? idOf(k.ddTraceId) ?? idOf(obj(k.trace)?.id));
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
function readStandard(k: LineKeys, f: LineFields, ctx: Context): void {
  const http = obj(k.http);
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
  const url = obj(k.url);
  if (url) fill(f, 'url', str(url.full) ?? str(url.original));
  const event = obj(k.event);
  if (event) fill(f, 'durationMs', durationMs(event.duration, 'ns'));
  if (ctx.nanos) fill(f, 'durationMs', durationMs(k.duration, 'ns'));
}

/** Keys that flat client logs use at the top of the line. */
function readFlat(k: LineKeys, f: LineFields, ctx: Context): void {
  fill(f, 'method', str(k.method));
  fill(f, 'url', str(k.url) ?? str(k.uri));
  fill(f, 'status', strictStatus(k.status) ?? httpStatus(k.statusCode) ?? httpStatus(k.status_code) ?? httpStatus(k.httpStatus));
  if (!ctx.nanos) {
    fill(
      f,
      'durationMs',
      durationMs(k.durationMs ?? k.duration ?? k.elapsed ?? k.elapsedMs ?? k.responseTime ?? k.response_time ?? k.latency ?? k.took),
    );
  }
  fill(f, 'startedAt', timeOf(k.startedAt) ?? timeOf(k.startTime));
  fill(f, 'requestBody', k.requestBody ?? k.request_body ?? k.reqBody);
  fill(f, 'responseBody', k.responseBody ?? k.response_body ?? k.resBody);
  if (typeof k.response === 'string') fill(f, 'responseBody', k.response);
  if (isMarketoShaped(k.data)) fill(f, 'responseBody', k.data);
  // `body` is the response's in client logs; a request line's body stays out.
  if (k.body !== undefined && (f.status !== undefined || isMarketoText(k.body))) fill(f, 'responseBody', k.body);
  if (k.aborted === true || k.canceled === true || k.cancelled === true) fill(f, 'noResponse', true);
  if (isNetworkErrorCode(k.code) || isNetworkErrorCode(k.error) || isNetworkErrorCode(k.errorCode)) fill(f, 'noResponse', true);
}

function readText(text: string, f: LineFields, ctx: Context): void {
  if (f.responseBody !== undefined || ctx.depth >= MAX_TEXT_DEPTH) return;
  const inner = obj(objectInText(text));
  if (inner) readObject(inner, f, { depth: ctx.depth + 1, nanos: false });
}

/** Reads one object of the line (the line itself, a container, or an embedded document). */
export function readObject(o: Json, f: LineFields, ctx: Context = { depth: 0, nanos: false }): void {
  const k = readKeys(o);
  if (!k.any) return;
  const maybeBody = k.success !== undefined || k.requestId !== undefined || k.access_token !== undefined || k.error_description !== undefined;
  if (f.responseBody === undefined && maybeBody && isMarketoShaped(o)) f.responseBody = marketoPart(o);
  const nanos = ctx.nanos || k.type === 'log' || k.ddsource !== undefined || k.dd !== undefined || k.ddtags !== undefined;
  const here: Context = { depth: ctx.depth, nanos };
  readFlat(k, f, here);
  readRequest(obj(k.req) ?? obj(k.request) ?? obj(k.client_req), f, false);
  readRequest(obj(k.config), f, true);
  readResponse(obj(k.res) ?? obj(k.response) ?? obj(k.client_res), f);
  const err = obj(k.err) ?? obj(k.error);
  if (err) readError(err, f, here);
  readStandard(k, f, here);
  readContext(k, f);
  // winston's `meta`, Datadog's `attributes`: more of the same line, one level down.
  if (ctx.depth < MAX_CONTAINER_DEPTH) {
    for (const child of [k.meta, k.attributes, k.context]) {
      const c = obj(child);
      if (c) readObject(c, f, { depth: ctx.depth + 1, nanos });
    }
  }
  for (const text of [k.message, k.msg, k.atMessage, k.log, k.body, k.error]) {
    if (typeof text === 'string') readText(text, f, here);
  }
}
