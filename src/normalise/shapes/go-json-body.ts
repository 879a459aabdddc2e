/**
 * Marketo's body as Go's encoding/json writes a struct with no json tags: decoding matched Marketo's keys to the
 * fields case-insensitively, encoding writes the Go names (`{"RequestID":..,"Success":false,"Errors":[{"Code":..,
 * "Message":..}]}`), as slog's JSONHandler, zap or logrus log slog.Any("body", answer). Read with Marketo's names.
 */
import { isObject, type Json } from '../marketo-body.js';
import { goFieldName } from '../text/go-printed.js';
import { fill, type ShapeReader } from './shape.js';

// The keys an app logs the answer under; the record itself may be the body too.
const KEYS = ['body', 'response', 'resp', 'answer', 'data', 'payload'] as const;
// Marketo's bodies nest three levels (result[].reasons[]); a deeper value is kept as it is.
const MAX_DEPTH = 6;

function isGoCased(v: unknown): v is Json {
  if (!isObject(v) || typeof v.Success !== 'boolean') return false;
  return Array.isArray(v.Errors) || Array.isArray(v.Result) || typeof v.RequestID === 'string';
}

function withMarketoNames(v: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return v;
  if (Array.isArray(v)) return v.map((item) => withMarketoNames(item, depth + 1));
  if (!isObject(v)) return v;
  const out: Json = {};
  for (const [key, value] of Object.entries(v)) out[goFieldName(key)] = withMarketoNames(value, depth + 1);
  return out;
}

export const goJsonBodyShape: ShapeReader = {
  name: 'go-json-body',
  read(_k, o, f) {
    if (isGoCased(o)) return fill(f, 'responseBody', withMarketoNames(o, 0));
    for (const key of KEYS) {
      const v = o[key];
      if (isGoCased(v)) return fill(f, 'responseBody', withMarketoNames(v, 0));
    }
  },
};
