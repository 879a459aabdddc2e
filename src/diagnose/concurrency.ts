import type { Assessment, CommonPhrases, Detector, DetectorKind, ExchangeInput } from './detector.js';
import { NumberHeap } from './number-heap.js';
import { asNumber, asObject, asOptionalNumber } from './json.js';
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
}

/** A buffered call's tag bits (its start is the key, its end the value). */
const IS_615 = 1;
/** Unset for a call of the context around a part: it is in flight, the neighbouring part counts it. */
const OWN = 2;

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

  private push(d: number | undefined, t: number | undefined, is615: boolean, own: boolean): void {
    if (t === undefined || d === undefined || !Number.isFinite(d) || d < 0) return;
    this.buffer.push(t, t + Math.min(d, MAX_DURATION_MS), (is615 ? IS_615 : 0) | (own ? OWN : 0));
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
    if (this.peak <= CONCURRENCY_LIMIT && this.count615 === 0) return null;
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
    return d;
  }
}

/** The words of one language for concurrency; each returns whole sentences unless said. */
export interface ConcurrencyPhrases {
  title615(e: ConcurrencyEvidence): string;
  /** Appended to title615 when the log has durations. */
  titlePeak(e: ConcurrencyEvidence): string;
  titleOver(e: ConcurrencyEvidence): string;
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
    let match = '';
    if (e.count615 > 0 && timed)
      match = e.outside615 === 0 ? p.allInside(e) : e.inside615 === 0 ? p.allOutside(e) : p.someInside(e);
    return {
      title: e.count615 > 0 ? p.title615(e) + (timed ? p.titlePeak(e) : '') : p.titleOver(e),
      advice: sentences(seen, match, p.advice(e), common.examples(e.samples615)),
    };
  },
};
