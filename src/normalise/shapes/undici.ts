/**
 * undici: what a diagnostics_channel subscriber logs of a request (`origin` and
 * `path`, kept apart as undici keeps them; the status under `response` is
 * node-http's), and undici's error objects. ResponseError (UND_ERR_RESPONSE,
 * from the responseError interceptor) and RequestRetryError (UND_ERR_REQ_RETRY)
 * carry the status of a response already logged: they repeat its call, the way
 * a printed HTTPError does. fetch's `TypeError: fetch failed` names its network
 * error in `cause`.
 */
import type { Json } from '../marketo-body.js';
import { isMarketoText } from './marketo-text.js';
import { fill, type LineFields, type ShapeReader } from './shape.js';
import { httpStatus, isNetworkErrorCode, obj } from '../ndjson/values.js';

const ORIGIN = /^https?:\/\/[^/?#\s]+$/i;
const ANSWERED = new Set(['UND_ERR_RESPONSE', 'UND_ERR_REQ_RETRY']);

function urlOf(o: Json): string | undefined {
  const { origin, path } = o;
  if (typeof origin !== 'string' || typeof path !== 'string' || path[0] !== '/' || !ORIGIN.test(origin)) return;
  return origin + path;
}

function readError(e: Json, f: LineFields): void {
  if (typeof e.code === 'string' && ANSWERED.has(e.code)) {
    const status = httpStatus(e.statusCode);
    if (status === undefined) return;
    fill(f, 'status', status);
    fill(f, 'textMention', { way: `undici ${e.code}`, status });
    if (e.body !== undefined && isMarketoText(e.body)) fill(f, 'responseBody', e.body);
    return;
  }
  if (isNetworkErrorCode(obj(e.cause)?.code)) fill(f, 'noResponse', true);
}

export const undiciShape: ShapeReader = {
  name: 'undici',
  read(k, o, f) {
    // Only a line about a request has both; the method keeps the probe off every other line.
    if (k.method !== undefined && k.url === undefined) fill(f, 'url', urlOf(o));
    const err = obj(k.err) ?? obj(k.error);
    if (err) readError(err, f);
  },
};
