import { MAX_CODES } from '../aggregate/summary.js';
import type { Level } from '../catalog/types.js';
import type { Classified } from '../classify/finding.js';
import { centralDay } from '../diagnose/central-time.js';
import { MinHeap } from '../diagnose/heap.js';
import { WINDOW_SECONDS } from '../diagnose/rate-window.js';
import type { Exchange } from '../normalise/exchange.js';

/** Failures per level and per code are counted over the last minute. */
export const MINUTE_SECONDS = 60;
/** A duration beyond this is a logging mistake (as in the concurrency diagnostic). */
const MAX_DURATION_MS = 600_000;

/** Counts per epoch second over a trailing window; old seconds are dropped as time moves on. */
class SecondWindow {
  private readonly counts = new Map<number, number>();
  constructor(private readonly seconds: number) {}

  add(sec: number, n = 1): void {
    this.counts.set(sec, (this.counts.get(sec) ?? 0) + n);
  }

  /** The sum over (nowSec - seconds, nowSec]; drops what is older. */
  sum(nowSec: number): number {
    let total = 0;
    for (const [sec, n] of this.counts) {
      if (sec <= nowSec - this.seconds) this.counts.delete(sec);
      else if (sec <= nowSec) total += n;
    }
    return total;
  }
}

/** The numbers alerts and the live view watch, as of one moment. */
export interface LiveNumbers {
  /** Calls that count against the rate limit in the last 20 s. */
  rate: number;
  /** Requests in flight at the latest call's start. */
  inflight: number;
  /** Quota calls on the latest call's US Central day. */
  today: number;
  day: string | null;
  /** Findings per level in the last minute. */
  lastMinute: Record<Level, number>;
  /** Occurrences of a code in the last minute. */
  codeLastMinute(code: string): number;
  /** The moment these numbers are for (epoch ms), or null before the first timed call. */
  at: number | null;
}

/**
 * Windows over the log's own clock (the calls' start times), so a log read
 * after the fact gives the same alerts as one watched live. Memory is bounded
 * by the window lengths, the number of distinct codes and the days.
 */
export class LiveMetrics {
  private readonly rate = new SecondWindow(WINDOW_SECONDS);
  private readonly levels: Record<Level, SecondWindow> = {
    http: new SecondWindow(MINUTE_SECONDS),
    response: new SecondWindow(MINUTE_SECONDS),
    record: new SecondWindow(MINUTE_SECONDS),
  };
  private readonly codes = new Map<string, SecondWindow>();
  private readonly ends = new MinHeap<number>((end) => end);
  private readonly days = new Map<string, number>();
  private newest: number | undefined;

  add(ex: Exchange, classified: Classified): void {
    const t = typeof ex.startedAt === 'number' && Number.isFinite(ex.startedAt) ? ex.startedAt : undefined;
    if (t === undefined) return;
    if (this.newest === undefined || t > this.newest) this.newest = t;
    const sec = Math.floor(t / 1000);
    if (classified.countsAgainstQuota) {
      this.rate.add(sec);
      const day = centralDay(t);
      this.days.set(day, (this.days.get(day) ?? 0) + 1);
    }
    for (const f of classified.findings) {
      this.levels[f.level].add(sec);
      let w = this.codes.get(f.code);
      // A log can invent endless codes: past the report's cap, new ones are not windowed.
      if (!w && this.codes.size < MAX_CODES) this.codes.set(f.code, (w = new SecondWindow(MINUTE_SECONDS)));
      w?.add(sec);
    }
    const d = ex.durationMs;
    if (d !== undefined && Number.isFinite(d) && d >= 0 && (ex.api === 'rest' || ex.api === 'bulk')) {
      this.ends.push(t + Math.min(d, MAX_DURATION_MS));
    }
  }

  /**
   * The numbers as of `now` (default: the latest call). A live log's clock is
   * moved on by the caller when the log goes quiet, so windows empty and alerts clear.
   */
  numbers(now?: number): LiveNumbers {
    const at = now ?? this.newest ?? null;
    const nowSec = at === null ? 0 : Math.floor(at / 1000);
    if (at !== null) while (this.ends.size > 0 && (this.ends.peek() as number) <= at) this.ends.pop();
    const day = at === null ? null : centralDay(at);
    return {
      rate: at === null ? 0 : this.rate.sum(nowSec),
      inflight: this.ends.size,
      today: day === null ? 0 : (this.days.get(day) ?? 0),
      day,
      lastMinute: {
        http: at === null ? 0 : this.levels.http.sum(nowSec),
        response: at === null ? 0 : this.levels.response.sum(nowSec),
        record: at === null ? 0 : this.levels.record.sum(nowSec),
      },
      codeLastMinute: (code) => (at === null ? 0 : (this.codes.get(code)?.sum(nowSec) ?? 0)),
      at,
    };
  }

  /** The latest call's start time (epoch ms). */
  get latest(): number | undefined {
    return this.newest;
  }
}
