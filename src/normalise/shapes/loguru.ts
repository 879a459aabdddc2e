/**
 * loguru's `serialize=True`: `{"text": "<the formatted line>", "record": {"message", "level", "time":
 * {"repr", "timestamp"}, "exception": {"type", "value", "traceback"} | null, "extra": {..}, ...}}`. The
 * message and the extra fields are read by the walker; this adds the time, and the traceback, which is
 * written only in `text`, after the formatted first line.
 */
import { isObject } from '../marketo-body.js';
import { fill, type ShapeReader } from './shape.js';

export const loguruShape: ShapeReader = {
  name: 'loguru',
  read(_k, o, f, ctx) {
    if (!isObject(o) || typeof o.text !== 'string' || !isObject(o.record)) return;
    const { time, exception } = o.record;
    if (isObject(time) && typeof time.timestamp === 'number') fill(f, 'time', time.timestamp);
    const newline = o.text.indexOf('\n');
    if (isObject(exception) && newline >= 0) ctx.readText(o.text.slice(newline + 1), f, ctx);
  },
};
