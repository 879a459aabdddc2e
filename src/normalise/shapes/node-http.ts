/**
 * Node's HTTP loggers and clients: pino-http and bunyan (req/res, client_req/
 * client_res), winston's request/response meta, axios configs and serialised
 * axios errors (err/error with config and response).
 */
import { isMarketoShaped, type Json } from '../marketo-body.js';
import { marketoPart } from './marketo-body.js';
import { isMarketoText } from './marketo-text.js';
import { fill, type LineFields, type ReadContext, type ShapeReader } from './shape.js';
import { httpStatus, idOf, isAbortName, isNetworkErrorCode, obj, str, strictStatus } from '../ndjson/values.js';

function headerId(headers: Json | undefined): string | undefined {
  if (!headers) return undefined;
  return idOf(headers['x-request-id']) ?? idOf(headers['X-Request-Id']) ?? idOf(headers['x-correlation-id']);
}

function joinBase(base: string | undefined, url: string | undefined): string | undefined {
  if (!base || !url || /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url ?? base;
  return `${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
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
    str(headers?.host) ??
      str(headers?.Host) ??
      str(r.hostname) ??
      str(r.host) ??
      (address && /[a-z]/i.test(address) ? address : undefined),
  );
  if (axios) fill(f, 'params', obj(r.params));
  fill(f, 'requestBody', r.body ?? r.data);
  fill(f, 'correlationId', idOf(r.id) ?? headerId(headers));
}

/** res / response / client_res / axios error.response. */
function readResponse(r: Json | undefined, f: LineFields): void {
  if (!r) return;
  // A type guard would narrow `r` to never below: the flag keeps it a plain object.
  const bodyItself: boolean = isMarketoShaped(r);
  if (bodyItself) {
    fill(f, 'responseBody', r);
    return;
  }
  fill(f, 'status', httpStatus(r.statusCode) ?? httpStatus(r.status));
  fill(f, 'responseBody', r.body ?? r.data ?? r.payload);
}

/** err / error: serialized axios errors, or an app's error that copied Marketo's body. */
function readError(e: Json, f: LineFields, ctx: ReadContext): void {
  if (isMarketoShaped(e)) fill(f, 'responseBody', marketoPart(e));
  const config = obj(e.config);
  readRequest(config, f, true);
  readResponse(obj(e.response), f);
  if (config) fill(f, 'status', strictStatus(e.status));
  for (const body of [e.body, e.data, e.responseBody])
    if (body !== undefined && isMarketoText(body)) fill(f, 'responseBody', body);
  const lost = isNetworkErrorCode(e.code) || isNetworkErrorCode(e.errno) || isAbortName(e.name);
  if (lost) fill(f, 'noResponse', true);
  // An axios error repeats a response (or a failure) the app may have logged already: the same call.
  const status = lost ? 0 : (httpStatus(obj(e.response)?.status) ?? strictStatus(e.status));
  if (config && status !== undefined) fill(f, 'textMention', { way: 'axios-error', status });
  if (typeof e.message === 'string') ctx.readText(e.message, f, ctx);
}

export const nodeHttpShape: ShapeReader = {
  name: 'node-http',
  read(k, o, f, ctx) {
    readRequest(obj(k.req) ?? obj(k.request) ?? obj(k.client_req), f, false);
    readRequest(obj(k.config), f, true);
    readResponse(obj(k.res) ?? obj(k.response) ?? obj(k.client_res), f);
    const err = obj(k.err) ?? obj(k.error);
    // tslog's JSON keeps the Error under `nativeError`; util.inspect prints an AxiosError's own keys bare.
    if (err) readError(obj(err.nativeError) ?? err, f, ctx);
    else if (o.isAxiosError === true) readError(o, f, ctx);
  },
};
