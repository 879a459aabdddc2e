import type { Assessment, CommonPhrases, Detector, DetectorKind, ExchangeInput } from './detector.js';
import { InFlightSamples, SAMPLE_MS } from './in-flight-samples.js';
import { NumberHeap } from './number-heap.js';
import { asNumber, asObject, asOptionalNumber, readNumberPairs, writeNumberPairs } from './json.js';
import { Samples, type Sample } from './samples.js';
import { sentences } from './words-format.js';

/** Marketo serves at most 10 requests at once per instance. */
export const CONCURRENCY_LIMIT = 10;

/** Logs are nearly time-ordered (often by end time): hold calls this long to put them in start order. */
const REORDER_MS = 120_000;
const REORDER_MAX = 20_000;
/** A duration beyond this is a logging mistake; clipping it keeps the in-flight heap small. */
const MAX_DURATION_MS = 600_000;

export interface ConcurrencyEvidence {
  peakInFlight: number;
  /** When the peak began; null when the log has no durations (no peak to place). */
  peakAt: string | null;
  limit: number;
  /** Calls started while more than the limit were in flight (themselves included). */
  startsAboveLimit: number;
  count615: number;
  /** 615s that started while more than the limit were in flight in this log ... */
  inside615: number;
  /** ... and the others (other integrations, or calls without timing). */
  outside615: number;
  samples615: Sample[];
  /**
   * Most calls in flight at once counted over every log read (files, pods, merged reports), at instants
   * 100 ms apart; null unless above peakInFlight, which only logs running at the same time can make it.
   */
  togetherPeak: number | null;
  togetherAt: string | null;
  /** Of outside615, the 615s that came when the logs together had the limit's worth in flight. */
  outsideTogether615: number;
}

/** A buffered call's tag bits (its start is the key, its end the value). */
const IS_615 = 1;
/** Unset for a call of the context around a part: it is in flight, the neighbouring part counts it. */
const OWN = 2;
/** Instants of 615s under one log's limit kept for the look at all logs together (the rest only count). */
const MAX_OUTSIDE_INSTANTS = 4_096;

/**
 * Requests in flight, swept in start order from startedAt and durationMs. A
 * small reorder buffer absorbs the usual disorder of logs; calls older than the
 * buffer are still counted, against the in-flight set of that moment.
 *
 * Merging shards: each shard sweeps its own calls among the calls of its
 * context (seed), so requests in flight across the boundary are counted
 * together as far as the context reaches; the merged peak is the larger of the
 * two peaks and the counts are summed.
 */
export class ConcurrencyDetector implements Detector<ConcurrencyEvidence> {
  /** Calls waiting to be swept, by start. */
  private buffer = new NumberHeap();
  /** Ends of the calls in flight. */
  private inFlight = new NumberHeap();
  private newestStart = -Infinity;
  private peak = 0;
  private peakAt = 0;
  private startsAbove = 0;
  private count615 = 0;
  private inside615 = 0;
  private samples615 = new Samples();
  /** Every log's calls in flight, summed: what one log's sweep cannot see (in-flight-samples.ts). */
  private together = new InFlightSamples();
  /** Sampled instants just before the 615s that came while their own log was under the limit, with counts. */
  private outside615At = new Map<number, number>();

  add({ ex, facts: f }: ExchangeInput): void {
    if (!f.apiCall) return;
    if (f.has615) {
      this.count615++;
      this.samples615.add(ex);
    }
    this.push(ex.durationMs, f.t, f.has615, true);
  }

  seed({ ex, facts: f }: ExchangeInput): void {
    if (f.apiCall) this.push(ex.durationMs, f.t, f.has615, false);
  }

  /** `n` 615s under their own log's limit at sampled instant `k`; past MAX_OUTSIDE_INSTANTS instants, only counted. */
  private noteOutside(k: number, n: number): void {
    const seen = this.outside615At.get(k);
    if (seen !== undefined || this.outside615At.size < MAX_OUTSIDE_INSTANTS) this.outside615At.set(k, (seen ?? 0) + n);
  }

  private push(d: number | undefined, t: number | undefined, is615: boolean, own: boolean): void {
    if (t === undefined || d === undefined || !Number.isFinite(d) || d < 0) return;
    const end = t + Math.min(d, MAX_DURATION_MS);
    this.buffer.push(t, end, (is615 ? IS_615 : 0) | (own ? OWN : 0));
    if (own) this.together.add(t, end);
    if (t > this.newestStart) this.newestStart = t;
    const buffer = this.buffer;
    while (buffer.size > 0 && (buffer.size > REORDER_MAX || this.newestStart - buffer.peek() > REORDER_MS)) {
      this.sweepNext();
    }
  }

  /** Sweeps the buffered call that started first. */
  private sweepNext(): void {
    const start = this.buffer.pop();
    const tag = this.buffer.poppedTag;
    const inFlight = this.inFlight;
    while (inFlight.size > 0 && inFlight.peek() <= start) inFlight.pop();
    inFlight.push(this.buffer.poppedValue);
    if ((tag & OWN) === 0) return;
    const n = inFlight.size;
    if (n > this.peak) {
      this.peak = n;
      this.peakAt = start;
    }
    if (n > CONCURRENCY_LIMIT) {
      this.startsAbove++;
      if ((tag & IS_615) !== 0) this.inside615++;
    } else if ((tag & IS_615) !== 0) {
      const k = Math.floor(start / SAMPLE_MS);
      this.noteOutside(k, 1);
    }
  }

  private flush(): void {
    while (this.buffer.size > 0) this.sweepNext();
  }

  /** Calls of another log are not in flight with this log's: a file of an earlier day would count them. */
  endLog(): void {
    this.flush();
    this.inFlight = new NumberHeap();
    this.newestStart = -Infinity;
  }

  merge(other: ConcurrencyDetector): void {
    this.flush();
    other.flush();
    if (other.peak > this.peak) {
      this.peak = other.peak;
      this.peakAt = other.peakAt;
    }
    this.startsAbove += other.startsAbove;
    this.count615 += other.count615;
    this.inside615 += other.inside615;
    this.samples615.merge(other.samples615);
    this.together.merge(other.together);
    for (const [k, n] of other.outside615At) this.noteOutside(k, n);
    // Later input continues from the later shard's in-flight set.
    this.inFlight = other.inFlight;
    this.newestStart = Math.max(this.newestStart, other.newestStart);
  }

  /** Most requests in flight at once; 0 when the log has no durations. */
  peakInFlight(): number {
    this.flush();
    return this.peak;
  }

  finish(): Assessment<ConcurrencyEvidence> | null {
    this.flush();
    const together = this.together.peak();
    // One log's samples never exceed its sweep's peak: more means logs that ran at the same time.
    const more = together !== undefined && together.count > this.peak ? together : undefined;
    if (this.peak <= CONCURRENCY_LIMIT && this.count615 === 0 && (more?.count ?? 0) <= CONCURRENCY_LIMIT) return null;
    let outsideTogether615 = 0;
    if (more) {
      for (const [k, n] of this.outside615At)
        if (this.together.countAt(k) >= CONCURRENCY_LIMIT) outsideTogether615 += n;
    }
    return {
      severity: this.count615 > 0 ? 'error' : 'warning',
      evidence: {
        peakInFlight: this.peak,
        peakAt: this.peak > 0 ? new Date(this.peakAt).toISOString() : null,
        limit: CONCURRENCY_LIMIT,
        startsAboveLimit: this.startsAbove,
        count615: this.count615,
        inside615: this.inside615,
        outside615: this.count615 - this.inside615,
        samples615: this.samples615.list(),
        togetherPeak: more ? more.count : null,
        togetherAt: more ? new Date(more.at).toISOString() : null,
        outsideTogether615,
      },
    };
  }

  /** Sweeps what is still buffered first, so call it once the input is read. */
  toJSON(): unknown {
    this.flush();
    return {
      peak: this.peak,
      peakAt: this.peakAt,
      startsAbove: this.startsAbove,
      count615: this.count615,
      inside615: this.inside615,
      samples615: this.samples615,
      together: this.together.toJSON(),
      outside615At: writeNumberPairs(this.outside615At),
    };
  }

  static fromJSON(json: unknown): ConcurrencyDetector {
    const o = asObject(json);
    const d = new ConcurrencyDetector();
    d.peak = asNumber(o.peak);
    d.peakAt = asOptionalNumber(o.peakAt) ?? 0;
    d.startsAbove = asNumber(o.startsAbove);
    d.count615 = asNumber(o.count615);
    d.inside615 = Math.min(asNumber(o.inside615), d.count615);
    d.samples615 = Samples.fromJSON(o.samples615);
    d.together.read(asObject(o.together));
    const outside = new Map<number, number>();
    readNumberPairs(o.outside615At, outside);
    for (const [k, n] of outside) d.noteOutside(k, n);
    return d;
  }
}

/** The words of one language for concurrency; each returns whole sentences unless said. */
export interface ConcurrencyPhrases {
  title615(e: ConcurrencyEvidence): string;
  /** Appended to title615 when the log has durations. */
  titlePeak(e: ConcurrencyEvidence): string;
  titleOver(e: ConcurrencyEvidence): string;
  /** The logs read together were over the limit, each alone under it. */
  titleTogether(e: ConcurrencyEvidence): string;
  seenTogether(e: ConcurrencyEvidence): string;
  /** After the sentence on where the 615s fell: those under their own log's limit but over it together. */
  outsideTogether(e: ConcurrencyEvidence): string;
  /** The log has no durations. */
  untimed: string;
  seenOver(e: ConcurrencyEvidence): string;
  seenUnder(e: ConcurrencyEvidence): string;
  /** Where the 615s fell: all at moments over the limit, all under it, or some of each. */
  allInside(e: ConcurrencyEvidence): string;
  allOutside(e: ConcurrencyEvidence): string;
  someInside(e: ConcurrencyEvidence): string;
  advice(e: ConcurrencyEvidence): string;
}

export const concurrency: DetectorKind<'concurrency', ConcurrencyEvidence, ConcurrencyDetector, ConcurrencyPhrases> = {
  id: 'concurrency',
  stateKey: 'concurrency',
  create: () => new ConcurrencyDetector(),
  fromJSON: (json) => ConcurrencyDetector.fromJSON(json),
  describe(e, p: ConcurrencyPhrases, common: CommonPhrases) {
    const timed = e.peakInFlight > 0;
    const seen = !timed ? p.untimed : e.peakInFlight > e.limit ? p.seenOver(e) : p.seenUnder(e);
    const outside = e.outsideTogether615 > 0 ? p.outsideTogether(e) : '';
    let match = '';
    // 615s under their own log's limit are put down to other clients, unless the logs together explain them.
    if (e.count615 > 0 && timed)
      match = e.outside615 === 0 ? p.allInside(e) : e.inside615 > 0 ? p.someInside(e) : outside ? '' : p.allOutside(e);
    const together = e.togetherPeak !== null ? p.seenTogether(e) : '';
    const over = e.peakInFlight > e.limit ? p.titleOver(e) : p.titleTogether(e);
    return {
      title: e.count615 > 0 ? p.title615(e) + (timed ? p.titlePeak(e) : '') : over,
      advice: sentences(seen, together, match, outside, p.advice(e), common.examples(e.samples615)),
    };
  },
};
