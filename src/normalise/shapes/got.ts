/**
 * got: the `timings` object its responses and errors carry (start, socket,
 * ..., end as epoch ms, and `phases.total`), logged as is by afterResponse
 * hooks and inside a serialised HTTPError or RequestError. A network error cuts
 * the timings short: a start, no total.
 */
import type { Json } from '../marketo-body.js';
import { fill, type LineFields, type ShapeReader } from './shape.js';
import { obj } from '../ndjson/values.js';

const isMs = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function readTimings(t: Json | undefined, f: LineFields): void {
  if (!t || !isMs(t.start)) return;
  fill(f, 'startedAt', t.start);
  const total = obj(t.phases)?.total;
  if (isMs(total)) fill(f, 'durationMs', total);
}

export const gotShape: ShapeReader = {
  name: 'got',
  read(k, o, f) {
    // Only response and error lines have timings; the guard keeps the probe off every other line.
    if (f.durationMs !== undefined || (k.statusCode === undefined && k.err === undefined)) return;
    readTimings(obj(o.timings) ?? obj(obj(k.err)?.timings), f);
  },
};
