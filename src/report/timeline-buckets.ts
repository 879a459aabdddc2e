import type { Timeline } from './model.js';
import { finite } from './numbers.js';

type Point = Timeline['points'][number];

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Bar widths a reader can name, smallest first. */
const NICE_WIDTHS = [
  SECOND,
  5 * SECOND,
  10 * SECOND,
  15 * SECOND,
  30 * SECOND,
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  28 * DAY,
];
/** Dates end at ±8.64e15 ms; a year's margin leaves room for the last bar's end. */
const MAX_TIME = 8.64e15 - 366 * DAY;
/** About as many bars as a 960-pixel chart shows apart. */
export const MAX_BARS = 120;

/** Points whose every number is finite; a report read from a file may hold anything. */
function validPoints(points: unknown): Point[] {
  if (!Array.isArray(points)) return [];
  const out: Point[] = [];
  for (const p of points as unknown[]) {
    if (typeof p !== 'object' || p === null) continue;
    const r = p as Record<string, unknown>;
    const t = finite(r.t);
    // Beyond the range of a Date, no label can be written for it.
    if (t === undefined || Math.abs(t) > MAX_TIME) continue;
    const count = (v: unknown) => finite(v) ?? 0;
    out.push({ t, calls: count(r.calls), http: count(r.http), response: count(r.response), record: count(r.record) });
  }
  return out;
}

/**
 * The timeline in bars for the chart: the width chosen from the time span
 * (a nice multiple of the report's bucket, at most MAX_BARS bars), points
 * summed into it and sorted. A log of two hours gets one-minute bars, one of
 * 90 days one-day bars.
 */
export function displayTimeline(tl: Timeline): Timeline {
  const base = finite(tl.bucketMs);
  const points = validPoints(tl.points);
  const usable = base !== undefined && base > 0 && base <= 28 * DAY;
  if (!usable || points.length === 0) return { bucketMs: MINUTE, points: [] };
  let first = Infinity;
  let last = -Infinity;
  for (const p of points) {
    if (p.t < first) first = p.t;
    if (p.t > last) last = p.t;
  }
  const span = last - first + base;
  const width =
    NICE_WIDTHS.find((w) => w >= base && w % base === 0 && span / w <= MAX_BARS) ??
    Math.ceil(span / MAX_BARS / base) * base;
  const bars = new Map<number, Point>();
  for (const p of points) {
    const t = Math.floor(p.t / width) * width;
    const bar = bars.get(t);
    if (bar) {
      bar.calls += p.calls;
      bar.http += p.http;
      bar.response += p.response;
      bar.record += p.record;
    } else bars.set(t, { ...p, t });
  }
  return { bucketMs: width, points: [...bars.values()].sort((a, b) => a.t - b.t) };
}
