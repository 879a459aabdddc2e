import { MAX_DATE_MS } from '../aggregate/date-time.js';
import { TimeBuckets } from '../util/time-buckets.js';
import { HOUR_MS } from './central-time.js';

/** Hour buckets widen to 3, 6, 12 and 24 hours (then doubling) only past this many: over a year of every hour. */
const MAX_HOURS = 10_000;
const HOUR_LADDER = [1, 3, 6, 12, 24];
/** JavaScript's date range in hours: an hour past it (a hand-edited state) cannot be dated. */
const MAX_DATE_HOURS = MAX_DATE_MS / HOUR_MS;

/**
 * Counts per UTC hour (epoch ms / 3600000), bounded: past MAX_HOURS distinct hours
 * they are counted in wider buckets, and what is read per hour or per day from
 * them (the busiest days, token requests per hour) becomes approximate.
 */
export function hourCounts(): TimeBuckets {
  return new TimeBuckets(HOUR_LADDER, 1, MAX_HOURS, Number.POSITIVE_INFINITY, MAX_DATE_HOURS);
}

/** Reads counts saved as `[pairs, width]` (width 1 when a version-1 state left it out). */
export function readHourCounts(pairs: unknown, width: unknown): TimeBuckets {
  const b = hourCounts();
  b.readFlat(pairs, width);
  return b;
}
