/**
 * Python's logging through python-json-logger (asctime, levelname, message,
 * exc_info) or structlog's JSONRenderer (event, timestamp, exception). The
 * message itself is read by the walker; this adds the time and the texts
 * only these loggers write.
 */
import { fill, type ShapeReader } from './shape.js';
import { timeOf } from '../ndjson/values.js';

export const pythonJsonShape: ShapeReader = {
  name: 'python-json',
  read(k, _o, f, ctx) {
    const p = k.python;
    // `created` is logging's epoch seconds; asctime has no zone and is read as UTC.
    if (p) fill(f, 'time', timeOf(p.asctime) ?? (typeof p.created === 'number' ? p.created : undefined));
    // structlog's message is `event` (ECS's `event` is an object, not read here).
    if (typeof k.event === 'string') ctx.readText(k.event, f, ctx);
    if (p) for (const text of [p.exc_info, p.exception]) if (typeof text === 'string') ctx.readText(text, f, ctx);
  },
};
