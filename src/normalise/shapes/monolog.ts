/**
 * Monolog's JsonFormatter (`{"message":..,"context":{..},"level_name":..,"channel":..,"datetime":..}`), the
 * PHP logger: an exception passed as PSR-3's context `exception` is written as `{class, message, code, file}`.
 * Guzzle's message names the call and its status (`Client error: \`POST https://...\` resulted in a \`413
 * Payload Too Large\` response`, `cURL error 52: ... for https://...`): it is read as text.
 */
import { isObject } from '../marketo-body.js';
import type { ShapeReader } from './shape.js';

export const monologShape: ShapeReader = {
  name: 'monolog',
  read(k, _o, f, ctx) {
    const e = k.python?.exception;
    if (isObject(e) && typeof e.class === 'string' && typeof e.message === 'string') ctx.readText(e.message, f, ctx);
  },
};
