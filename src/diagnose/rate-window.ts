import type { Assessment, CommonPhrases, Detector, DetectorKind, ExchangeInput } from './detector.js';
import { asObject } from './json.js';
import { Samples, type Sample } from './samples.js';
import { SecondCounts } from './second-counts.js';
import { sentences } from './words-format.js';

/** Marketo allows 100 calls per 20 s per instance, shared by every integration. */
export const RATE_LIMIT = 100;
/** Marketo's advice for one integration: at most 50 calls per 20 s. */
export const RATE_ADVISED = 50;
export const WINDOW_SECONDS = 20;

export interface RateWindowEvidence {
  peakCalls: number;
  peakStart: string;
  limit: number;
  advised: number;
  /** Seconds during which the last 20 s held more than the limit. */
  secondsAbove100: number;
  /** Separate stretches of time above the limit. */
  episodesAbove100: number;
  longestEpisodeSeconds: number;
  firstAbove100At: string | null;
  count606: number;
  /** 606s that came back while this log's own calls were above the limit ... */
  inside606: number;
  /** ... and 606s outside such windows: calls from other integrations on the instance. */
  outside606: number;
  samples606: Sample[];
}

/**
 * Calls per second, so a sliding 20 s window can be swept at the end. The
 * seconds of every window with more than half the limit stay exact (and the
 * peak window always), so the peak and the time above the limit are exact;
 * quiet seconds may be kept in coarse buckets (second-counts.ts), which bounds
 * memory and JSON at any time span. Windows are counted to the whole second.
 */
export class RateWindowDetector implements Detector<RateWindowEvidence> {
  /** Calls that count against the rate limit, and 606s, by epoch second. */
  private counts = new SecondCounts(WINDOW_SECONDS, RATE_LIMIT / 2);
  private samples606 = new Samples();

  add({ ex, facts: f }: ExchangeInput): void {
    if (!f.apiCall || f.t === undefined) return;
    const sec = Math.floor(f.t / 1000);
    if (f.counted || f.has606) this.counts.add(sec, f.counted ? 1 : 0, f.has606 ? 1 : 0);
    if (f.has606) this.samples606.add(ex);
    if (f.has607) this.counts.pin607(sec);
  }

  merge(other: RateWindowDetector): void {
    this.counts.merge(other.counts);
    this.samples606.merge(other.samples606);
  }

  /** Counted calls in whole seconds from `fromSec` (inclusive) to `toSec` (exclusive); see SecondCounts. */
  callsBetween(fromSec: number, toSec: number): number {
    return this.counts.callsBetween(fromSec, toSec);
  }

  /** Most calls in any 20-second window (the same peak finish reports), also when it is under the limit. */
  peakCalls(): number {
    const calls = this.counts.calls;
    const keys = [...calls.keys()].sort((a, b) => a - b);
    let peak = 0;
    let sum = 0;
    let drop = 0;
    for (const k of keys) {
      sum += calls.get(k) as number;
      while ((keys[drop] as number) + WINDOW_SECONDS <= k) sum -= calls.get(keys[drop++] as number) as number;
      if (sum > peak) peak = sum;
    }
    return peak;
  }

  finish(): Assessment<RateWindowEvidence> | null {
    const calls = this.counts.calls;
    const r606 = this.counts.r606;
    const keys = [...calls.keys()].sort((a, b) => a - b);
    const keys606 = [...r606.keys()].sort((a, b) => a - b);
    let count606 = this.counts.quiet606;
    for (const v of r606.values()) count606 += v;
    if (keys.length === 0 && count606 === 0) return null;

    // Sweep the change points of the trailing-window sum S(t) = calls in [t-19, t]:
    // it rises at each active second k and falls at k + 20.
    let sum = 0;
    let add = 0; // next key to enter the window
    let drop = 0; // next key to leave it (keys[drop] is the oldest still inside)
    let peak = 0;
    let peakStartSec = keys[0] ?? 0;
    let above = 0;
    let episodes = 0;
    let longest = 0;
    let run = 0;
    let firstAbove: number | null = null;
    let j606 = 0;
    let inside606 = 0;
    while (add < keys.length || drop < keys.length) {
      const nextAdd = add < keys.length ? (keys[add] as number) : Infinity;
      const nextDrop = drop < keys.length ? (keys[drop] as number) + WINDOW_SECONDS : Infinity;
      const p = Math.min(nextAdd, nextDrop);
      while (add < keys.length && keys[add] === p) sum += calls.get(keys[add++] as number) as number;
      while (drop < keys.length && (keys[drop] as number) + WINDOW_SECONDS === p)
        sum -= calls.get(keys[drop++] as number) as number;
      if (sum > peak) {
        peak = sum;
        peakStartSec = keys[drop] as number;
      }
      const nAdd = add < keys.length ? (keys[add] as number) : Infinity;
      const nDrop = drop < keys.length ? (keys[drop] as number) + WINDOW_SECONDS : Infinity;
      const next = Math.min(nAdd, nDrop);
      const isAbove = sum > RATE_LIMIT;
      // Count the 606s whose second falls in [p, next).
      while (j606 < keys606.length && (keys606[j606] as number) < next) {
        const s = keys606[j606++] as number;
        if (isAbove && s >= p) inside606 += r606.get(s) as number;
      }
      if (isAbove && next !== Infinity) {
        const len = next - p;
        if (run === 0) {
          episodes++;
          if (firstAbove === null) firstAbove = p;
        }
        run += len;
        above += len;
        longest = Math.max(longest, run);
      } else run = 0;
    }

    if (peak <= RATE_LIMIT && count606 === 0) return null;
    return {
      severity: count606 > 0 ? 'error' : 'warning',
      evidence: {
        peakCalls: peak,
        peakStart: new Date(peakStartSec * 1000).toISOString(),
        limit: RATE_LIMIT,
        advised: RATE_ADVISED,
        secondsAbove100: above,
        episodesAbove100: episodes,
        longestEpisodeSeconds: longest,
        firstAbove100At: firstAbove === null ? null : new Date(firstAbove * 1000).toISOString(),
        count606,
        inside606,
        outside606: count606 - inside606,
        samples606: this.samples606.list(),
      },
    };
  }

  toJSON(): unknown {
    return { ...this.counts.toJSON(), samples606: this.samples606 };
  }

  static fromJSON(json: unknown): RateWindowDetector {
    const o = asObject(json);
    const d = new RateWindowDetector();
    d.counts.read(o);
    d.samples606 = Samples.fromJSON(o.samples606);
    return d;
  }
}

/** The words of one language for rate-window; each returns whole sentences. */
export interface RateWindowPhrases {
  title606(e: RateWindowEvidence): string;
  titleOver(e: RateWindowEvidence): string;
  /** What the client did, when it went over the limit ... */
  seenOver(e: RateWindowEvidence): string;
  /** ... and when it stayed under it. */
  seenUnder(e: RateWindowEvidence): string;
  /** Where the 606s fell: all while over the limit, all while under it, or some of each. */
  allInside(e: RateWindowEvidence): string;
  allOutside(e: RateWindowEvidence): string;
  someInside(e: RateWindowEvidence): string;
  adviceOver(e: RateWindowEvidence): string;
  adviceUnder(e: RateWindowEvidence): string;
}

export const rateWindow: DetectorKind<'rate-window', RateWindowEvidence, RateWindowDetector, RateWindowPhrases> = {
  id: 'rate-window',
  stateKey: 'rate',
  create: () => new RateWindowDetector(),
  fromJSON: (json) => RateWindowDetector.fromJSON(json),
  describe(e, p: RateWindowPhrases, common: CommonPhrases) {
    const over = e.peakCalls > e.limit;
    let match = '';
    if (e.count606 > 0)
      match = e.outside606 === 0 ? p.allInside(e) : e.inside606 === 0 ? p.allOutside(e) : p.someInside(e);
    return {
      title: e.count606 > 0 ? p.title606(e) : p.titleOver(e),
      advice: sentences(
        over ? p.seenOver(e) : p.seenUnder(e),
        match,
        over ? p.adviceOver(e) : p.adviceUnder(e),
        common.examples(e.samples606),
      ),
    };
  },
};
