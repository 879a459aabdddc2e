/**
 * Go's log/slog JSONHandler: `{"time":"<RFC 3339, nanoseconds>","level":"INFO","msg":"...", ...attributes}`.
 * It writes a time.Duration attribute as an integer of nanoseconds (`"duration":4396116` is 4.4 ms); read as
 * milliseconds, it put a call's start 73 minutes early. The TextHandler writes `duration=4.396116ms`, read as is.
 */
import { durationMs } from '../ndjson/values.js';
import { fill, type ShapeReader } from './shape.js';

// slog's level names, with an offset when a level sits between them (`INFO+2`, `DEBUG-4`).
const LEVEL = /^(?:DEBUG|INFO|WARN|ERROR)(?:[+-]\d{1,3})?$/;
// RFC 3339 as Go's time.RFC3339Nano writes it: a `T`, seconds, and Z or an offset.
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)$/;

export const slogShape: ShapeReader = {
  name: 'slog',
  read(k, o, f) {
    if (!Number.isInteger(k.duration) || typeof k.msg !== 'string') return;
    if (typeof o.level !== 'string' || !LEVEL.test(o.level) || typeof k.time !== 'string' || !TIME.test(k.time)) return;
    fill(f, 'durationMs', durationMs(k.duration, 'ns'));
  },
};
