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
    // `created` is logging's epoch seconds; asctime has no zone and is read as UTC.
    fill(f, 'time', timeOf(k.asctime) ?? (typeof k.created === 'number' ? k.created : undefined));
    for (const text of [k.event, k.exc_info, k.exception]) if (typeof text === 'string') ctx.readText(text, f, ctx);
  },
};
