/**
 * Go's log/slog handlers:
 * - the JSONHandler, `{"time":"<RFC 3339, nanoseconds>","level":"INFO","msg":"...", ...attributes}`, writes a
 *   time.Duration attribute as an integer of nanoseconds (`"duration":4396116` is 4.4 ms); read as milliseconds,
 *   it put a call's start 73 minutes early. The TextHandler writes `duration=4.396116ms`, read as is;
 * - the TextHandler writes a group as dotted keys: a body logged as slog.Group("body", ...) is
 *   `body.requestId=... body.success=false body.errors="[map[code:602 message:...]]"`, put back together here.
 */
import type { Json } from '../marketo-body.js';
import { durationMs } from '../ndjson/values.js';
import { goPrintedList } from '../text/go-printed.js';
import { fill, type ShapeReader } from './shape.js';

// slog's level names, with an offset when a level sits between them (`INFO+2`, `DEBUG-4`).
const LEVEL = /^(?:DEBUG|INFO|WARN|ERROR)(?:[+-]\d{1,3})?$/;
// RFC 3339 as Go's time.RFC3339Nano writes it: a `T`, seconds, and Z or an offset.
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)$/;
// The names an app gives the group that holds Marketo's answer.
const GROUPS = ['body', 'response', 'resp'] as const;

/** The body a TextHandler's group spells out in dotted keys, or undefined. */
function groupBody(o: Json): Json | undefined {
  for (const group of GROUPS) {
    const success = o[`${group}.success`];
    if (success !== 'true' && success !== 'false') continue;
    const body: Json = { success: success === 'true' };
    const requestId = o[`${group}.requestId`];
    if (typeof requestId === 'string') body.requestId = requestId;
    for (const key of ['errors', 'result', 'warnings']) {
      const value = o[`${group}.${key}`];
      const list = typeof value === 'string' ? goPrintedList(value) : undefined;
      if (list) body[key] = list;
    }
    return body;
  }
  return undefined;
}

export const slogShape: ShapeReader = {
  name: 'slog',
  read(k, o, f) {
    if (typeof k.msg !== 'string' || typeof o.level !== 'string' || !LEVEL.test(o.level)) return;
    if (typeof o['body.success'] === 'string' || typeof o['response.success'] === 'string' || 'resp.success' in o)
      fill(f, 'responseBody', groupBody(o));
    if (Number.isInteger(k.duration) && typeof k.time === 'string' && TIME.test(k.time))
      fill(f, 'durationMs', durationMs(k.duration, 'ns'));
  },
};
