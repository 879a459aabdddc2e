/** A Marketo response body logged as the line itself, or merged into it (pino's first argument). */
import { isMarketoShaped, isObject, type Json } from '../marketo-body.js';
import type { ShapeReader } from './shape.js';

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

/** Marketo's keys only, when other keys were merged in. */
export function marketoPart(o: Json): Json {
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

/** A bare `result` list logged without `success`: records with reasons[] are record-level failures. */
function hasRecordReasons(result: unknown): boolean {
  if (!Array.isArray(result)) return false;
  const end = Math.min(result.length, 300);
  for (let i = 0; i < end; i++) {
    const r: unknown = result[i];
    if (isObject(r) && Array.isArray(r.reasons) && (r.status === 'skipped' || r.status === 'failed')) return true;
  }
  return false;
}

export const marketoBodyShape: ShapeReader = {
  name: 'marketo-body',
  read(k, o, f) {
    if (f.responseBody !== undefined) return;
    const maybe =
      k.success !== undefined ||
      k.requestId !== undefined ||
      k.access_token !== undefined ||
      k.error_description !== undefined;
    if (maybe && isMarketoShaped(o)) f.responseBody = marketoPart(o);
    else if (k.success === undefined && hasRecordReasons(k.result))
      f.responseBody = { success: true, result: k.result };
  },
};
