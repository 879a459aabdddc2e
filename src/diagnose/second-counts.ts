import { MAX_DATE_MS } from '../aggregate/date-time.js';
import { TimeBuckets } from '../util/time-buckets.js';
import { centralDayOfHour } from './central-time.js';
import { asObject, readNumberPairs, writeNumberPairs } from './json.js';

/** Seconds kept one by one; past this many, compaction moves quiet ones into coarse buckets. */
export const FINE_MAX = 65_536;
/** A state saved with more seconds than this is compacted first. */
const JSON_FINE_MAX = 8_192;
/** Busy seconds kept, busiest first (with the edges and pins below, a compaction leaves under half of FINE_MAX). */
const BUSY_KEEP = 16_384;
/** Seconds kept for the first 607 of each day, earliest days first. */
const PIN_BUDGET = 8_192;
const MAX_PIN_DAYS = 1_000;
/**
 * Seconds this close to the first or the last second seen stay exact: their neighbours may still
 * come (later lines, the next shard). An hour, so that the hour of a 607 split across shards stays exact.
 */
const EDGE_SECONDS = 3_600;
/** Coarse buckets in seconds: a minute at first, widening to an hour and beyond; each width divides the next. */
const COARSE_LADDER = [60, 300, 900, 1_800, 3_600, 3 * 3_600, 6 * 3_600, 12 * 3_600, 86_400];
const COARSE_MAX = 10_000;
/** JavaScript's date range in seconds: a second past it (a hand-edited state) cannot be dated. */
const MAX_DATE_SECONDS = MAX_DATE_MS / 1000;

/**
 * Calls and 606s per epoch second for the rate window, in bounded memory.
 * Every second of a busy window (one above `quietSum` calls in `window` s) stays
 * exact, as do the peak window, the first and last hour, and the rest of the
 * hour after the first 607 of each day. Other seconds are quiet: when more than
 * FINE_MAX seconds are held, they move to coarse buckets, which only totals
 * and calls after a 607 read. What stays approximate is said in the README.
 */
export class SecondCounts {
  /** Exact counts by epoch second. */
  readonly calls = new Map<number, number>();
  readonly r606 = new Map<number, number>();
  /** Quiet seconds: [calls, 606s] per bucket. */
  private coarse = new TimeBuckets(COARSE_LADDER, 2, COARSE_MAX, Number.POSITIVE_INFINITY, MAX_DATE_SECONDS);
  /** The first second with a 607 of each US Central day. */
  private readonly pins = new Map<string, number>();

  constructor(
    private readonly window: number,
    private readonly quietSum: number,
  ) {}

  add(sec: number, calls: number, r606: number): void {
    if (calls > 0) this.calls.set(sec, (this.calls.get(sec) ?? 0) + calls);
    if (r606 > 0) this.r606.set(sec, (this.r606.get(sec) ?? 0) + r606);
    if (this.overFull()) this.compact();
  }

  /** A 607 at `sec`: calls after the first of its day are counted exactly (callsBetween). */
  pin607(sec: number): void {
    if (!(Math.abs(sec) <= MAX_DATE_SECONDS)) return;
    const day = centralDayOfHour(Math.floor(sec / 3_600));
    const seen = this.pins.get(day);
    if (seen === undefined ? this.pins.size < MAX_PIN_DAYS : sec < seen) this.pins.set(day, sec);
  }

  /** 606s counted in coarse buckets: none of them came while the window was busy. */
  get quiet606(): number {
    let n = 0;
    for (const [, c] of this.coarse.sorted()) n += c[1]!;
    return n;
  }

  /**
   * Calls in whole seconds from `fromSec` (inclusive) to `toSec` (exclusive). Exact when `fromSec`
   * follows a pinned 607 and `toSec` is a whole hour; a coarse bucket that holds `fromSec` is
   * taken as before it (its seconds from `fromSec` on are kept exact), one that holds `toSec` is prorated.
   */
  callsBetween(fromSec: number, toSec: number): number {
    let n = 0;
    for (const [k, v] of this.calls) if (k >= fromSec && k < toSec) n += v;
    const w = this.coarse.width;
    for (const [start, c] of this.coarse.sorted()) {
      if (start < fromSec || start >= toSec) continue;
      n += start + w <= toSec ? c[0]! : (c[0]! * (toSec - start)) / w;
    }
    return Math.round(n);
  }

  merge(other: SecondCounts): void {
    for (const [k, v] of other.calls) this.calls.set(k, (this.calls.get(k) ?? 0) + v);
    for (const [k, v] of other.r606) this.r606.set(k, (this.r606.get(k) ?? 0) + v);
    this.coarse.merge(other.coarse);
    for (const [day, sec] of other.pins) {
      const seen = this.pins.get(day);
      if (seen === undefined ? this.pins.size < MAX_PIN_DAYS : sec < seen) this.pins.set(day, sec);
    }
    if (this.overFull()) this.compact();
  }

  private overFull(): boolean {
    return this.calls.size > FINE_MAX || this.r606.size > FINE_MAX;
  }

  /** Moves every second that is not worth keeping exact into the coarse buckets. */
  private compact(): void {
    const keys = [...new Set([...this.calls.keys(), ...this.r606.keys()])].sort((a, b) => a - b);
    const busiest = busiestWindows(keys, this.calls, this.window);
    const keep = new Set<number>();
    const first = keys[0]!;
    const last = keys[keys.length - 1]!;
    let peakAt = 0;
    for (let i = 0; i < keys.length; i++) if (busiest.trailing[i]! > busiest.trailing[peakAt]!) peakAt = i;
    const peakEnd = keys[peakAt]!;
    for (const k of keys) {
      const edge = k < first + EDGE_SECONDS || k > last - EDGE_SECONDS;
      if (edge || (k > peakEnd - this.window && k <= peakEnd)) keep.add(k);
    }
    let budget = PIN_BUDGET;
    for (const pin of [...this.pins.values()].sort((a, b) => a - b)) {
      const hourEnd = (Math.floor(pin / 3_600) + 1) * 3_600;
      for (let i = lowerBound(keys, pin); i < keys.length && keys[i]! < hourEnd && budget > 0; i++, budget--) {
        keep.add(keys[i]!);
      }
    }
    const busy = keys.map((_, i) => i).filter((i) => busiest.around[i]! > this.quietSum);
    busy.sort((a, b) => busiest.around[b]! - busiest.around[a]! || a - b);
    for (const i of busy.slice(0, BUSY_KEEP)) keep.add(keys[i]!);
    for (const k of keys) {
      if (keep.has(k)) continue;
      const bucket = this.coarse.slot(k)!;
      bucket[0]! += this.calls.get(k) ?? 0;
      bucket[1]! += this.r606.get(k) ?? 0;
      this.calls.delete(k);
      this.r606.delete(k);
    }
  }

  /** Compacts first when many seconds are held, so that a saved state stays small. */
  toJSON(): Record<string, unknown> {
    if (this.calls.size > JSON_FINE_MAX || this.r606.size > JSON_FINE_MAX) this.compact();
    return {
      calls: writeNumberPairs(this.calls),
      r606: writeNumberPairs(this.r606),
      coarse: { width: this.coarse.width, buckets: this.coarse.toFlat() },
      pins607: Object.fromEntries(this.pins),
    };
  }

  /** Reads what toJSON wrote (a version-1 state has `calls` and `r606` only). */
  read(o: Record<string, unknown>): void {
    readNumberPairs(o.calls, this.calls);
    readNumberPairs(o.r606, this.r606);
    const coarse = asObject(o.coarse);
    this.coarse.readFlat(coarse.buckets, coarse.width);
    const pins = asObject(o.pins607);
    for (const day of Object.keys(pins).slice(0, MAX_PIN_DAYS)) {
      const sec = pins[day];
      if (typeof sec === 'number' && Number.isFinite(sec)) this.pin607(sec);
    }
    if (this.overFull()) this.compact();
  }
}

/**
 * For each second: `trailing`, the calls in the window that ends at it, and `around`,
 * the busiest window that holds it (the largest trailing sum within the next window - 1 s).
 */
function busiestWindows(
  keys: readonly number[],
  calls: ReadonlyMap<number, number>,
  window: number,
): { trailing: Float64Array; around: Float64Array } {
  const trailing = new Float64Array(keys.length);
  let sum = 0;
  let lo = 0;
  for (let i = 0; i < keys.length; i++) {
    sum += calls.get(keys[i]!) ?? 0;
    while (keys[lo]! <= keys[i]! - window) sum -= calls.get(keys[lo++]!) ?? 0;
    trailing[i] = sum;
  }
  // Sliding maximum of trailing over keys in [k, k + window - 1], scanned from the right.
  const around = new Float64Array(keys.length);
  const queue: number[] = [];
  let head = 0;
  for (let i = keys.length - 1; i >= 0; i--) {
    while (queue.length > head && trailing[queue[queue.length - 1]!]! <= trailing[i]!) queue.pop();
    queue.push(i);
    while (keys[queue[head]!]! > keys[i]! + window - 1) head++;
    around[i] = trailing[queue[head]!]!;
  }
  return { trailing, around };
}

/** The first index whose key is at least `value`. */
function lowerBound(keys: readonly number[], value: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
