import type { Assessment, CommonPhrases, Detector, DetectorKind, ExchangeInput } from './detector.js';
import { RecentMap } from './recent-map.js';
import { bodyUnseen } from './fingerprint.js';
import { addCount, asNumber, asObject, readNumberPairs, writeNumberPairs } from './json.js';
import { Samples, type Sample } from './samples.js';
import { sentences } from './words-format.js';

const WINDOW_MS = 20_000;
/** Retries later than this after a 606 are taken as new requests. */
const RETRY_HORIZON_MS = 120_000;
/** A tight loop: this many identical failing requests ... */
export const LOOP_CALLS = 5;
/** ... within this many milliseconds. */
export const LOOP_SPAN_MS = 10_000;
const GAP_BUCKET_MS = 10;

export interface RetryTooSoonEvidence {
  /** Identical requests sent again less than 20 s after a 606. */
  retriesTooSoon: number;
  /** Of those, how many Marketo rejected with 606 again. */
  rejectedAgain: number;
  /** Identical requests sent again after waiting out the window. */
  retriesAfterWindow: number;
  medianGapSeconds: number | null;
  /** Runs of at least 5 identical failing requests within 10 s, and the calls in them. */
  tightLoops: number;
  tightLoopCalls: number;
  /** Of the calls counted above, those whose body the log does not show (bodyUnseen): maybe other requests. */
  bodiesUnseen: number;
  samples: Sample[];
  loopSamples: Sample[];
}

interface Pending606 {
  t: number;
}

interface FailStreak {
  t: number;
  times: number[];
  inLoop: boolean;
}

/**
 * Matches each request against recent ones with the same fingerprint, keeping
 * only the last couple of minutes in memory. The maps are not serialised: a
 * shard sees a retry across its start through the context it is seeded with.
 */
export class RetryTooSoonDetector implements Detector<RetryTooSoonEvidence> {
  private pending = new RecentMap<Pending606>(RETRY_HORIZON_MS);
  private streaks = new RecentMap<FailStreak>(LOOP_SPAN_MS);
  private tooSoon = 0;
  private rejectedAgain = 0;
  private afterWindow = 0;
  /** Gaps of too-soon retries in 10 ms buckets (at most 2,000): a median without keeping every gap. */
  private readonly gaps = new Map<number, number>();
  private loops = 0;
  private loopCalls = 0;
  private unseen = 0;
  private samples = new Samples();
  private loopSamples = new Samples();

  /** Whether `add` needs a fingerprint for a call at time t that did not fail. */
  watching(t: number): boolean {
    return this.pending.active(t) || this.streaks.active(t);
  }

  add(input: ExchangeInput): void {
    this.observe(input, true);
  }

  seed(input: ExchangeInput): void {
    this.observe(input, false);
  }

  /** `counted`: a call of this part; else one of the context, that only sets the pending 606s and streaks. */
  private observe(input: ExchangeInput, counted: boolean): void {
    const { ex, facts: f } = input;
    const t = f.t;
    if (!f.apiCall || t === undefined) return;
    // Hashing the request is the dearest step: a call that did not fail matters only if it repeats
    // a failure still waiting, which the digests rule out for most calls before the body is hashed.
    if (!f.failed && !(this.watching(t) && (this.pending.mayHold(input) || this.streaks.mayHold(input)))) return;
    const fp = input.fingerprint();

    const prev = this.pending.get(fp, t);
    if (prev !== undefined) {
      const gap = t - prev.t;
      if (!counted) {
        // Context: the retry is the neighbouring part's to count.
      } else if (gap >= 0 && gap < WINDOW_MS) {
        this.tooSoon++;
        if (bodyUnseen(ex)) this.unseen++;
        if (f.has606) this.rejectedAgain++;
        addCount(this.gaps, Math.floor(gap / GAP_BUCKET_MS));
        this.samples.add(ex);
      } else if (gap >= WINDOW_MS) this.afterWindow++;
      this.pending.delete(fp);
    }
    if (f.has606) this.pending.set(fp, { t }, input);

    if (!f.failed) {
      this.streaks.delete(fp);
      return;
    }
    const streak = this.streaks.get(fp, t) ?? { t, times: [], inLoop: false };
    streak.t = t;
    streak.times.push(t);
    if (streak.times.length > LOOP_CALLS) streak.times.shift();
    const first = streak.times[0] as number;
    if (streak.times.length === LOOP_CALLS && t - first <= LOOP_SPAN_MS) {
      if (!streak.inLoop) {
        streak.inLoop = true;
        if (counted) {
          this.loops++;
          this.loopCalls += LOOP_CALLS;
          // The calls of a streak share a fingerprint, so the body of one is seen where all are.
          if (bodyUnseen(ex)) this.unseen += LOOP_CALLS;
          this.loopSamples.add(ex);
        }
      } else if (counted) {
        this.loopCalls++;
        if (bodyUnseen(ex)) this.unseen++;
      }
    }
    this.streaks.set(fp, streak, input);
  }

  /** Another log's call is another client's, not a retry of this log's 606. */
  endLog(): void {
    this.pending = new RecentMap<Pending606>(RETRY_HORIZON_MS);
    this.streaks = new RecentMap<FailStreak>(LOOP_SPAN_MS);
  }

  merge(other: RetryTooSoonDetector): void {
    this.tooSoon += other.tooSoon;
    this.rejectedAgain += other.rejectedAgain;
    this.afterWindow += other.afterWindow;
    for (const [k, v] of other.gaps) addCount(this.gaps, k, v);
    this.loops += other.loops;
    this.loopCalls += other.loopCalls;
    this.unseen += other.unseen;
    this.samples.merge(other.samples);
    this.loopSamples.merge(other.loopSamples);
    this.pending = other.pending;
    this.streaks = other.streaks;
  }

  finish(): Assessment<RetryTooSoonEvidence> | null {
    if (this.tooSoon === 0 && this.loops === 0) return null;
    return {
      severity: this.rejectedAgain > 0 ? 'error' : 'warning',
      evidence: {
        retriesTooSoon: this.tooSoon,
        rejectedAgain: this.rejectedAgain,
        retriesAfterWindow: this.afterWindow,
        medianGapSeconds: medianSeconds(this.gaps),
        tightLoops: this.loops,
        tightLoopCalls: this.loopCalls,
        bodiesUnseen: this.unseen,
        samples: this.samples.list(),
        loopSamples: this.loopSamples.list(),
      },
    };
  }

  toJSON(): unknown {
    return {
      tooSoon: this.tooSoon,
      rejectedAgain: this.rejectedAgain,
      afterWindow: this.afterWindow,
      gaps: writeNumberPairs(this.gaps),
      loops: this.loops,
      loopCalls: this.loopCalls,
      unseen: this.unseen,
      samples: this.samples,
      loopSamples: this.loopSamples,
    };
  }

  static fromJSON(json: unknown): RetryTooSoonDetector {
    const o = asObject(json);
    const d = new RetryTooSoonDetector();
    d.tooSoon = asNumber(o.tooSoon);
    d.rejectedAgain = asNumber(o.rejectedAgain);
    d.afterWindow = asNumber(o.afterWindow);
    readNumberPairs(o.gaps, d.gaps);
    d.loops = asNumber(o.loops);
    d.loopCalls = asNumber(o.loopCalls);
    d.unseen = asNumber(o.unseen);
    d.samples = Samples.fromJSON(o.samples);
    d.loopSamples = Samples.fromJSON(o.loopSamples);
    return d;
  }
}

/** The median of bucketed gaps, as the lower edge of its 10 ms bucket, in seconds. */
function medianSeconds(buckets: ReadonlyMap<number, number>): number | null {
  let total = 0;
  for (const v of buckets.values()) total += v;
  if (total === 0) return null;
  const half = Math.ceil(total / 2);
  let seen = 0;
  for (const k of [...buckets.keys()].sort((a, b) => a - b)) {
    seen += buckets.get(k) as number;
    if (seen >= half) return (k * GAP_BUCKET_MS) / 1000;
  }
  return null;
}

/** The words of one language for retry-too-soon. */
export interface RetryTooSoonPhrases {
  titleRetries(e: RetryTooSoonEvidence): string;
  titleLoops(e: RetryTooSoonEvidence): string;
  /** How many requests were sent again too soon (a clause, joined to the next by "; ") ... */
  retried(e: RetryTooSoonEvidence): string;
  /** ... and that none, or some, got 606 again (the end of that sentence). */
  noneAgain(e: RetryTooSoonEvidence): string;
  someAgain(e: RetryTooSoonEvidence): string;
  loops(e: RetryTooSoonEvidence): string;
  /** The log does not show the bodies of some of these calls: they may be other requests to one endpoint. */
  unseen(e: RetryTooSoonEvidence): string;
  advice: string;
}

export const retryTooSoon: DetectorKind<
  'retry-too-soon',
  RetryTooSoonEvidence,
  RetryTooSoonDetector,
  RetryTooSoonPhrases
> = {
  id: 'retry-too-soon',
  stateKey: 'tooSoon',
  create: () => new RetryTooSoonDetector(),
  fromJSON: (json) => RetryTooSoonDetector.fromJSON(json),
  describe(e, p: RetryTooSoonPhrases, common: CommonPhrases) {
    const again = e.rejectedAgain === 0 ? p.noneAgain(e) : p.someAgain(e);
    return {
      title: e.retriesTooSoon > 0 ? p.titleRetries(e) : p.titleLoops(e),
      advice: sentences(
        e.retriesTooSoon > 0 ? `${p.retried(e)}; ${again}` : '',
        e.tightLoops > 0 ? p.loops(e) : '',
        e.bodiesUnseen > 0 ? p.unseen(e) : '',
        p.advice,
        common.examples(e.samples.length > 0 ? e.samples : e.loopSamples),
      ),
    };
  },
};
