import { centralDay, nextCentralMidnight } from './central-time.js';
import type { Assessment, CommonPhrases, Detector, DetectorKind, ExchangeInput, FinishContext } from './detector.js';
import { bodyUnseen, fingerprintBodyUnseen } from './fingerprint.js';
import { RecentMap } from './recent-map.js';
import { type HeadCall, RetryEdges } from './retry-edges.js';
import { addBoundedCount, asNumber, asObject, countsToObject, readCounts } from './json.js';
import { isRetryPointless } from './retry-policy.js';
import { rateWindow } from './rate-window.js';
import { Samples, type Sample } from './samples.js';
import { sentences } from './words-format.js';

/** An identical request this long after a hopeless failure is taken as a retry. */
const RETRY_HORIZON_MS = 15 * 60_000;
const MAX_607_DAYS = 1_000;
/** Failures waiting for a retry read from a saved state: as many as the detector's own map holds. */
const MAX_WAITING = 50_000;

export interface RetryPointlessEvidence {
  /** Identical requests sent again after a code that cannot succeed on retry. */
  pointlessRetries: number;
  /** Of those, the ones whose body the log does not show (fingerprint.ts bodyUnseen): maybe other requests. */
  bodiesUnseen: number;
  /** The code of the failure each of them repeated. */
  byCode: Record<string, number>;
  samples: Sample[];
  count607: number;
  /** Calls made after a 607, before the quota reset at midnight US Central. */
  callsAfter607: number;
  first607At: string | null;
  quotaResetAt: string | null;
}

interface LastFailure {
  t: number;
  code: string;
}

/** Counts retries that could not help, and calls burnt while the daily quota was spent. */
export class RetryPointlessDetector implements Detector<RetryPointlessEvidence> {
  private lastFailure = new RecentMap<LastFailure>(RETRY_HORIZON_MS);
  private pointless = 0;
  private unseen = 0;
  private readonly byCode = new Map<string, number>();
  private samples = new Samples();
  /** The first calls near this part's start, matched at merge against the part before's waiting failures. */
  private edges = new RetryEdges(RETRY_HORIZON_MS);
  private count607 = 0;
  /** First 607 per Central day (epoch ms): at most one entry per day. */
  private readonly first607ByDay = new Map<string, number>();

  /** Keeps the first 607 of a day; days past MAX_607_DAYS are left out (a log of years of 607s). */
  private note607(day: string, t: number): void {
    const seen = this.first607ByDay.get(day);
    if (seen === undefined ? this.first607ByDay.size < MAX_607_DAYS : t < seen) this.first607ByDay.set(day, t);
  }

  /** Whether `add` needs a fingerprint for a call at time t that did not fail. */
  watching(t: number): boolean {
    return this.lastFailure.active(t);
  }

  // No seed(): a retry across a cut is matched at merge time (RetryEdges), however far its first try.
  add(input: ExchangeInput): void {
    const { ex, facts: f, classified } = input;
    const t = f.t;
    if (!f.apiCall) return;
    if (f.has607) {
      this.count607++;
      if (t !== undefined) this.note607(centralDay(t), t);
    }
    if (t === undefined) return;
    const inHead = this.edges.inHead(t);
    if (!f.failed && !inHead && !(this.watching(t) && this.lastFailure.mayHold(input))) return;
    const fp = input.fingerprint();
    if (inHead) this.edges.firstCall(fp, t, ex, this.pointless);
    const prev = this.lastFailure.get(fp, t);
    if (prev !== undefined && t >= prev.t) {
      this.pointless++;
      if (bodyUnseen(ex)) this.unseen++;
      addBoundedCount(this.byCode, prev.code, 1, 100);
      this.samples.add(ex);
      this.lastFailure.delete(fp);
    }
    if (f.codes.length === 0) return;
    for (const finding of classified.findings) {
      if (finding.level !== 'record' && isRetryPointless(String(finding.code), finding.level)) {
        this.lastFailure.set(fp, { t, code: String(finding.code) }, input);
        return;
      }
    }
  }

  /** Another log's call is another client's, not a retry of this log's failure. */
  endLog(): void {
    this.lastFailure = new RecentMap<LastFailure>(RETRY_HORIZON_MS);
    this.edges.close();
  }

  /**
   * `other` is the next part of the log: the first calls of its head that repeat a failure still
   * waiting here are pointless retries, as one pass would have counted them, and their samples go
   * where one pass puts them among `other`'s. Then `other`'s waiting failures join ours.
   */
  merge(other: RetryPointlessDetector): void {
    const countedHere = this.pointless;
    const matched: HeadCall[] = [];
    for (const h of other.edges.head) {
      const prev = this.lastFailure.get(h.fp, h.t);
      if (prev === undefined || h.t < prev.t) continue;
      matched.push(h);
      if (fingerprintBodyUnseen(h.fp)) this.unseen++;
      addBoundedCount(this.byCode, prev.code, 1, 100);
      this.lastFailure.delete(h.fp);
    }
    const theirs = other.samples.list();
    let next = 0;
    for (const h of matched) {
      while (next < theirs.length && next < h.before) this.samples.push(theirs[next++]!);
      this.samples.push(h.sample);
    }
    while (next < theirs.length) this.samples.push(theirs[next++]!);
    // A call carried into the joint head has before it: our retries, the matches before it, its part's own.
    const matchedBefore = new Map<HeadCall, number>();
    let seen = 0;
    for (const h of other.edges.head) {
      matchedBefore.set(h, seen);
      if (seen < matched.length && matched[seen] === h) seen++;
    }
    this.edges.carry(other.edges, (h) => countedHere + (matchedBefore.get(h) ?? 0) + h.before);
    this.pointless += matched.length + other.pointless;
    this.unseen += other.unseen;
    for (const [k, v] of other.byCode) addBoundedCount(this.byCode, k, v, 100);
    this.count607 += other.count607;
    for (const [day, t] of other.first607ByDay) this.note607(day, t);
    this.lastFailure.setAll(other.lastFailure);
  }

  /**
   * Calls after a 607 are counted per whole second by the rate-window detector,
   * which keeps the count exact across merged shards; calls in the same second
   * as the first 607 are left out.
   */
  finish(ctx: FinishContext): Assessment<RetryPointlessEvidence> | null {
    const rate = ctx.peer(rateWindow);
    let after = 0;
    let first: number | null = null;
    let reset: number | null = null;
    for (const t of [...this.first607ByDay.values()].sort((a, b) => a - b)) {
      const until = nextCentralMidnight(t);
      after += rate.callsBetween(Math.floor(t / 1000) + 1, Math.floor(until / 1000));
      if (first === null) {
        first = t;
        reset = until;
      }
    }
    if (this.pointless === 0 && after === 0) return null;
    return {
      severity: after > 0 ? 'error' : 'warning',
      evidence: {
        pointlessRetries: this.pointless,
        bodiesUnseen: this.unseen,
        byCode: countsToObject(this.byCode),
        samples: this.samples.list(),
        count607: this.count607,
        callsAfter607: after,
        first607At: first === null ? null : new Date(first).toISOString(),
        quotaResetAt: reset === null ? null : new Date(reset).toISOString(),
      },
    };
  }

  toJSON(): unknown {
    return {
      pointless: this.pointless,
      unseen: this.unseen,
      byCode: countsToObject(this.byCode),
      samples: this.samples,
      count607: this.count607,
      first607ByDay: Object.fromEntries(this.first607ByDay),
      waiting: this.waitingFailures().map(([fp, f]) => [fp, f.t, f.code]),
      edges: this.edges.toJSON(),
    };
  }

  /** The failures that a call after this part could still retry in time. */
  private waitingFailures(): Array<[string, LastFailure]> {
    const last = this.edges.lastT;
    return this.lastFailure.entries().filter(([, f]) => last === undefined || last - f.t <= RETRY_HORIZON_MS);
  }

  static fromJSON(json: unknown): RetryPointlessDetector {
    const o = asObject(json);
    const d = new RetryPointlessDetector();
    d.pointless = asNumber(o.pointless);
    d.unseen = asNumber(o.unseen);
    readCounts(o.byCode, d.byCode, 100);
    d.samples = Samples.fromJSON(o.samples);
    d.count607 = asNumber(o.count607);
    d.edges = RetryEdges.fromJSON(o.edges, RETRY_HORIZON_MS);
    const waiting = Array.isArray(o.waiting) ? o.waiting.slice(0, MAX_WAITING) : [];
    for (const item of waiting) {
      if (!Array.isArray(item)) continue;
      const [fp, t, code] = item as unknown[];
      if (typeof fp !== 'string' || typeof t !== 'number' || !Number.isFinite(t) || typeof code !== 'string') continue;
      d.lastFailure.set(fp.slice(0, 200), { t, code: code.slice(0, 20) });
    }
    const days = asObject(o.first607ByDay);
    for (const day of Object.keys(days).slice(0, MAX_607_DAYS)) {
      const t = days[day];
      if (typeof t === 'number' && Number.isFinite(t)) d.note607(day, t);
    }
    return d;
  }
}

/** The words of one language for retry-pointless. */
export interface RetryPointlessPhrases {
  titleAfter607(e: RetryPointlessEvidence): string;
  /** `codes`: the codes that were retried, comma-separated. */
  titleRetries(e: RetryPointlessEvidence, codes: string): string;
  /** `codeCount`: how many codes `codes` names. */
  retried(e: RetryPointlessEvidence, codes: string, codeCount: number): string;
  after607(e: RetryPointlessEvidence): string;
  /** The log does not show the bodies of some of these retries: they may be other requests to one endpoint. */
  unseen(e: RetryPointlessEvidence): string;
}

export const retryPointless: DetectorKind<
  'retry-pointless',
  RetryPointlessEvidence,
  RetryPointlessDetector,
  RetryPointlessPhrases
> = {
  id: 'retry-pointless',
  stateKey: 'pointless',
  create: () => new RetryPointlessDetector(),
  fromJSON: (json) => RetryPointlessDetector.fromJSON(json),
  describe(e, p: RetryPointlessPhrases, common: CommonPhrases) {
    const codeList = Object.keys(e.byCode);
    const codes = codeList.join(', ');
    return {
      title: e.callsAfter607 > 0 ? p.titleAfter607(e) : p.titleRetries(e, codes),
      advice: sentences(
        e.pointlessRetries > 0 ? p.retried(e, codes, codeList.length) : '',
        e.bodiesUnseen > 0 ? p.unseen(e) : '',
        e.callsAfter607 > 0 ? p.after607(e) : '',
        common.examples(e.samples),
      ),
    };
  },
};
