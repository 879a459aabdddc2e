import { readNumberPairs, writeNumberPairs } from './json.js';

/** Calls in flight are counted at every instant that is a multiple of this (ms). */
export const SAMPLE_MS = 100;
const PER_SECOND = 1000 / SAMPLE_MS;
const PER_MINUTE = 60 * PER_SECOND;
/** Seconds (and minutes) held; past this many, only the busiest are kept (see compact). */
const FINE_MAX = 65_536;
const KEEP = 16_384;
/** Seconds a saved state keeps, busiest first; up to this many it is exact. */
const JSON_KEEP = 512;

/**
 * The number of calls in flight at instants SAMPLE_MS apart, summed over every log read. A sweep
 * of one log (ConcurrencyDetector) finds its exact peak but cannot see the calls of another log
 * running at the same time: the pods of one sync, the machines of a merged report. Counts at fixed
 * instants add up across logs, parts and merges in any order. The instants of a second are ten numbers
 * in one shared array (one map step per second a call spans), and a call covering a whole minute counts once
 * for it (a 10-minute download costs a few steps). Memory is bounded: past FINE_MAX seconds the
 * busiest are kept.
 */
export class InFlightSamples {
  /**
   * Where each epoch second's counts (one per instant) start in `pool`. One array for all seconds: a typed
   * array per second (an object and a buffer each) took 14-22 MB for the 27,000 seconds of the 1 GB bench log.
   */
  private slots = new Map<number, number>();
  private pool = new Uint32Array(PER_SECOND * 256);
  private used = 0;
  /** Calls in flight for the whole of each epoch minute. */
  private readonly minutes = new Map<number, number>();

  /** A call in flight from `start` to `end` (epoch ms, end exclusive). */
  add(start: number, end: number): void {
    if (!Number.isFinite(start) || !Number.isFinite(end)) return;
    let k = Math.ceil(start / SAMPLE_MS);
    const stop = Math.ceil(end / SAMPLE_MS); // instants k * SAMPLE_MS with start <= instant < end
    while (k < stop) {
      if (k % PER_MINUTE === 0 && stop - k >= PER_MINUTE) {
        const minute = k / PER_MINUTE;
        this.minutes.set(minute, (this.minutes.get(minute) ?? 0) + 1);
        k += PER_MINUTE;
        continue;
      }
      const sec = Math.floor(k / PER_SECOND);
      const at = this.slotOf(sec) - sec * PER_SECOND;
      const last = Math.min(stop, (sec + 1) * PER_SECOND);
      const pool = this.pool;
      for (; k < last; k++) pool[at + k]!++;
    }
    if (this.slots.size > FINE_MAX || this.minutes.size > FINE_MAX) this.compact(KEEP);
  }

  /** Where `sec`'s counts start in the pool, made (as zeros) when the second is new. */
  private slotOf(sec: number): number {
    let at = this.slots.get(sec);
    if (at === undefined) {
      if (this.used + PER_SECOND > this.pool.length) {
        const bigger = new Uint32Array(this.pool.length * 2);
        bigger.set(this.pool);
        this.pool = bigger;
      }
      at = this.used;
      this.used += PER_SECOND;
      this.slots.set(sec, at);
    }
    return at;
  }

  /** Calls in flight at instant `k * SAMPLE_MS`. */
  countAt(k: number): number {
    const sec = Math.floor(k / PER_SECOND);
    const at = this.slots.get(sec);
    const inSecond = at === undefined ? 0 : this.pool[at + k - sec * PER_SECOND]!;
    return inSecond + (this.minutes.get(Math.floor(k / PER_MINUTE)) ?? 0);
  }

  /** The most calls in flight at a sampled instant, and the first such instant (epoch ms). */
  peak(): { count: number; at: number } | undefined {
    let best: { count: number; at: number } | undefined;
    const consider = (k: number): void => {
      const count = this.countAt(k);
      if (best === undefined || count > best.count || (count === best.count && k * SAMPLE_MS < best.at))
        best = { count, at: k * SAMPLE_MS };
    };
    for (const sec of this.slots.keys()) for (let i = 0; i < PER_SECOND; i++) consider(sec * PER_SECOND + i);
    for (const m of this.minutes.keys()) consider(m * PER_MINUTE);
    return best;
  }

  merge(other: InFlightSamples): void {
    for (const [sec, theirs] of other.slots) {
      const mine = this.slotOf(sec);
      for (let i = 0; i < PER_SECOND; i++) this.pool[mine + i]! += other.pool[theirs + i]!;
    }
    for (const [m, n] of other.minutes) this.minutes.set(m, (this.minutes.get(m) ?? 0) + n);
    if (this.slots.size > FINE_MAX || this.minutes.size > FINE_MAX) this.compact(KEEP);
  }

  /** The counts of the second whose counts start at `at`, up to the last one that is not 0. */
  private countsAt(at: number): Uint32Array {
    let n = PER_SECOND;
    while (n > 0 && this.pool[at + n - 1] === 0) n--;
    return this.pool.subarray(at, at + n);
  }

  /** Keeps the `keep` busiest seconds and minutes: quiet ones cannot make a peak unless many logs share them. */
  private compact(keep: number): void {
    const busiest = [...this.slots].map(([sec, at]) => {
      const counts = this.countsAt(at);
      return { sec, counts, most: counts.reduce((a, b) => Math.max(a, b), 0) };
    });
    busiest.sort((a, b) => b.most - a.most || a.sec - b.sec);
    const kept = busiest.slice(0, keep);
    const pool = new Uint32Array(PER_SECOND * Math.max(256, kept.length * 2));
    this.slots = new Map();
    kept.forEach(({ sec, counts }, i) => {
      pool.set(counts, i * PER_SECOND);
      this.slots.set(sec, i * PER_SECOND);
    });
    this.pool = pool;
    this.used = kept.length * PER_SECOND;
    const minutes = [...this.minutes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    this.minutes.clear();
    for (const [m, n] of minutes.slice(0, keep)) this.minutes.set(m, n);
  }

  /** Seconds as rows [seconds since the row before, counts at its instants up to the last one not 0]. */
  toJSON(): Record<string, unknown> {
    let saved: InFlightSamples = this;
    if (this.slots.size > JSON_KEEP || this.minutes.size > JSON_KEEP) {
      saved = new InFlightSamples();
      saved.merge(this);
      saved.compact(JSON_KEEP);
    }
    let before = 0;
    const seconds = [...saved.slots]
      .sort((a, b) => a[0] - b[0])
      .map(([sec, at]) => {
        const row = [sec - before, ...saved.countsAt(at)];
        before = sec;
        return row;
      });
    return { seconds, minutes: writeNumberPairs(saved.minutes) };
  }

  /** Reads what toJSON wrote; rows that are not whole numbers are left out. */
  read(o: Record<string, unknown>): void {
    const rows = Array.isArray(o.seconds) ? o.seconds : [];
    let sec = 0;
    for (const row of rows.slice(0, FINE_MAX)) {
      // A damaged row ends the reading: the seconds after it are counted from it.
      if (!Array.isArray(row) || row.length < 1 || row.length > PER_SECOND + 1) break;
      if (!row.every((v, i) => isCount(v) && (i === 0 || (v as number) >= 0))) break;
      sec += row[0] as number;
      if (Math.abs(sec) > 8.64e12) break;
      const at = this.slotOf(sec);
      for (let i = 1; i < row.length; i++) this.pool[at + i - 1]! += row[i] as number;
    }
    readNumberPairs(o.minutes, this.minutes);
    if (this.slots.size > FINE_MAX || this.minutes.size > FINE_MAX) this.compact(KEEP);
  }
}

/** Whole numbers within the date range as seconds, and counts. */
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && Math.abs(v) <= 8.64e12;
