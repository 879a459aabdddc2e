/**
 * newman's JSON report (Postman's CLI, `--reporters json`): one document whose
 * calls are run.executions[]. A request's URL is an object of parts (protocol,
 * host[], port, path[], query[{key, value, disabled}]) and a response's body is
 * a Buffer's bytes ({type: 'Buffer', data: [..]}). Each execution is turned into
 * a flat call (method, url, status, responseTime, response) that flat-client.ts
 * reads; a request that got no answer keeps its requestError's code.
 */
import { isObject, type Json } from '../marketo-body.js';
import { durationMs, httpStatus, isNetworkErrorCode, str } from '../ndjson/values.js';
import { fill, type RecordSplitter, type ShapeReader } from './shape.js';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s) => typeof s === 'string') : []);

/** The URL written back from newman's parts; undefined when it has no host. */
export function newmanUrl(u: unknown): string | undefined {
  if (typeof u === 'string') return u;
  if (!isObject(u)) return undefined;
  const host = strings(u.host).join('.');
  if (host === '') return undefined;
  const protocol = typeof u.protocol === 'string' ? u.protocol : 'https';
  const port = typeof u.port === 'string' || typeof u.port === 'number' ? `:${u.port}` : '';
  const query = Array.isArray(u.query)
    ? u.query
        .filter((q): q is Json => isObject(q) && typeof q.key === 'string' && q.disabled !== true)
        .map((q) => (typeof q.value === 'string' ? `${q.key}=${q.value}` : String(q.key)))
    : [];
  const path = strings(u.path).join('/');
  return `${protocol}://${host}${port}/${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** A Buffer as JSON.stringify writes it, back to its text; anything else is no body. */
export function bufferText(stream: unknown): string | undefined {
  if (!isObject(stream) || stream.type !== 'Buffer' || !Array.isArray(stream.data)) return undefined;
  const bytes = Uint8Array.from(stream.data, (b) => (Number.isInteger(b) && b >= 0 && b <= 255 ? b : 0x3f));
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

/** One execution as a flat call; undefined when it is not an execution. */
export function newmanExecution(e: unknown): Json | undefined {
  if (!isObject(e) || !isObject(e.request)) return undefined;
  const call: Json = { method: e.request.method, url: newmanUrl(e.request.url) };
  const res = e.response;
  if (isObject(res)) {
    call.status = res.code;
    call.responseTime = res.responseTime;
    call.response = bufferText(res.stream);
  } else if (isObject(e.requestError)) {
    call.code = e.requestError.code;
  }
  return call;
}

export const newmanReport: RecordSplitter = {
  name: 'newman-report',
  split(value) {
    const run = value.run;
    if (!isObject(run) || !Array.isArray(run.executions) || !isObject(value.collection)) return undefined;
    const out: Json[] = [];
    for (const e of run.executions) {
      const call = newmanExecution(e);
      if (call) out.push(call);
    }
    return out;
  },
};

/** One execution read on its own: a report over the size cap is read element by element. */
export const newmanExecutionShape: ShapeReader = {
  name: 'newman-execution',
  read(_k, o, f) {
    if (!isObject(o.cursor) || !isObject(o.item) || !('response' in o || 'requestError' in o)) return;
    const call = newmanExecution(o);
    if (!call) return;
    fill(f, 'method', str(call.method));
    fill(f, 'url', str(call.url));
    fill(f, 'status', httpStatus(call.status));
    fill(f, 'durationMs', durationMs(call.responseTime));
    fill(f, 'responseBody', call.response);
    if (isNetworkErrorCode(call.code)) fill(f, 'noResponse', true);
  },
};
