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
 * instants add up across logs, parts and merges in any order. The instants of a second share one
 * small array (one map step per second a call spans), and a call covering a whole minute counts once
 * for it (a 10-minute download costs a few steps). Memory is bounded: past FINE_MAX seconds the
 * busiest are kept.
 */
export class InFlightSamples {
  /** Counts at the instants of each epoch second. */
  private readonly seconds = new Map<number, Float64Array>();
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
      const counts = this.countsOf(sec);
      const last = Math.min(stop, (sec + 1) * PER_SECOND);
      for (let i = k - sec * PER_SECOND, n = last - sec * PER_SECOND; i < n; i++) counts[i]!++;
      k = last;
    }
    if (this.seconds.size > FINE_MAX || this.minutes.size > FINE_MAX) this.compact(KEEP);
  }

  private countsOf(sec: number): Float64Array {
    let counts = this.seconds.get(sec);
    if (counts === undefined) this.seconds.set(sec, (counts = new Float64Array(PER_SECOND)));
    return counts;
  }

  /** Calls in flight at instant `k * SAMPLE_MS`. */
  countAt(k: number): number {
    const sec = Math.floor(k / PER_SECOND);
    return (this.seconds.get(sec)?.[k - sec * PER_SECOND] ?? 0) + (this.minutes.get(Math.floor(k / PER_MINUTE)) ?? 0);
  }

  /** The most calls in flight at a sampled instant, and the first such instant (epoch ms). */
  peak(): { count: number; at: number } | undefined {
    let best: { count: number; at: number } | undefined;
    const consider = (k: number): void => {
      const count = this.countAt(k);
      if (best === undefined || count > best.count || (count === best.count && k * SAMPLE_MS < best.at))
        best = { count, at: k * SAMPLE_MS };
    };
    for (const sec of this.seconds.keys()) for (let i = 0; i < PER_SECOND; i++) consider(sec * PER_SECOND + i);
    for (const m of this.minutes.keys()) consider(m * PER_MINUTE);
    return best;
  }

  merge(other: InFlightSamples): void {
    for (const [sec, counts] of other.seconds) {
      const mine = this.countsOf(sec);
      for (let i = 0; i < PER_SECOND; i++) mine[i]! += counts[i]!;
    }
    for (const [m, n] of other.minutes) this.minutes.set(m, (this.minutes.get(m) ?? 0) + n);
    if (this.seconds.size > FINE_MAX || this.minutes.size > FINE_MAX) this.compact(KEEP);
  }

  /** Keeps the `keep` busiest seconds and minutes: quiet ones cannot make a peak unless many logs share them. */
  private compact(keep: number): void {
    const busiest = [...this.seconds].map(([sec, counts]) => ({ sec, counts, most: Math.max(...counts) }));
    busiest.sort((a, b) => b.most - a.most || a.sec - b.sec);
    this.seconds.clear();
    for (const { sec, counts } of busiest.slice(0, keep)) this.seconds.set(sec, counts);
    const minutes = [...this.minutes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    this.minutes.clear();
    for (const [m, n] of minutes.slice(0, keep)) this.minutes.set(m, n);
  }

  /** Seconds as rows [seconds since the row before, counts at its instants up to the last one not 0]. */
  toJSON(): Record<string, unknown> {
    let saved: InFlightSamples = this;
    if (this.seconds.size > JSON_KEEP || this.minutes.size > JSON_KEEP) {
      saved = new InFlightSamples();
      saved.merge(this);
      saved.compact(JSON_KEEP);
    }
    let before = 0;
    const seconds = [...saved.seconds]
      .sort((a, b) => a[0] - b[0])
      .map(([sec, counts]) => {
        let n = PER_SECOND;
        while (n > 0 && counts[n - 1] === 0) n--;
        const row = [sec - before, ...counts.subarray(0, n)];
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
      const counts = this.countsOf(sec);
      for (let i = 1; i < row.length; i++) counts[i - 1]! += row[i] as number;
    }
    readNumberPairs(o.minutes, this.minutes);
    if (this.seconds.size > FINE_MAX || this.minutes.size > FINE_MAX) this.compact(KEEP);
  }
}

/** Whole numbers within the date range as seconds, and counts. */
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && Math.abs(v) <= 8.64e12;
