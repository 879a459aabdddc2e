import { HOUR_MS } from './central-time.js';
import type { Assessment, CommonPhrases, Detector, DetectorKind, ExchangeInput } from './detector.js';
import { hourCounts, readHourCounts } from './hour-counts.js';
import { asNumber, asObject } from './json.js';
import { Samples, type Sample, sampleOf } from './samples.js';
import { sentences } from './words-format.js';

/** More token requests than one per 5 minutes in an hour: a token lives 3600 s. */
const IDENTITY_PER_HOUR = 12;
/** Hours above that rate before it counts as a habit rather than a restart. */
const BUSY_HOURS = 2;
/** "One token per call": at least this many token requests, and one per two API calls or more. */
const PER_CALL_MIN = 20;

export interface TokenHandlingEvidence {
  /** Calls that failed with 601/602 again, sent after the first one came back and before a new token. */
  wastedCalls: number;
  episodes: number;
  longestStreak: number;
  identityCalls: number;
  apiCalls: number;
  maxIdentityPerHour: number;
  /** Hours with more than 12 token requests. */
  busyHours: number;
  identityTooOften: boolean;
  samples: Sample[];
}

/**
 * Follows the token the client holds. After a 601/602 a good client fetches a
 * new token before its next call; calls that started after the failure came
 * back and fail the same way are wasted. Calls already in flight are not.
 */
export class TokenHandlingDetector implements Detector<TokenHandlingEvidence> {
  private broken = false;
  private brokenSince = 0;
  private streak = 0;
  private wasted = 0;
  private episodes = 0;
  private longest = 0;
  /** 601/602 calls before anything in this state showed a valid token: for merging shards. */
  private leading = 0;
  private sawReset = false;
  /** The first of those: when the merge joins them to a streak before, it is a wasted call to show. */
  private leadingFirst: Sample | null = null;
  private identityCalls = 0;
  private apiCalls = 0;
  /** Token requests per hour; past a year of hours, per wider bucket (then the per-hour figures are upper bounds). */
  private identityByHour = hourCounts();
  private samples = new Samples();

  add({ ex, facts: f }: ExchangeInput): void {
    if (ex.api === 'identity') {
      this.identityCalls++;
      if (f.t !== undefined) this.identityByHour.add(Math.floor(f.t / HOUR_MS));
      this.reset();
      return;
    }
    if (!f.apiCall) return;
    this.apiCalls++;
    if (ex.noResponse) return;
    if (!f.tokenError) {
      this.reset();
      return;
    }
    if (!this.sawReset && ++this.leading === 1) this.leadingFirst = sampleOf(ex);
    const t = f.t ?? this.brokenSince;
    if (!this.broken) {
      this.broken = true;
      this.brokenSince = t + (ex.durationMs ?? 0);
    } else if (t >= this.brokenSince) {
      this.wasted++;
      if (++this.streak === 1) this.episodes++;
      this.longest = Math.max(this.longest, this.streak);
      this.samples.add(ex);
    }
  }

  private reset(): void {
    this.broken = false;
    this.streak = 0;
    this.sawReset = true;
  }

  /** Another log is another client with its own token: a streak does not run into it. */
  endLog(): void {
    this.broken = false;
    this.streak = 0;
  }

  /** Joins a streak that runs across the shard boundary (timing of in-flight calls is not kept). */
  merge(other: TokenHandlingDetector): void {
    const joined = this.broken && other.leading > 0;
    this.wasted += other.wasted;
    this.episodes += other.episodes;
    if (joined) {
      // other counted its first 601 as the start of a new streak; it continues ours.
      this.wasted += 1;
      if (this.streak > 0 && other.leading > 1) this.episodes -= 1;
      if (this.streak === 0 && other.leading === 1) this.episodes += 1;
      this.longest = Math.max(this.longest, this.streak + other.leading);
    }
    this.longest = Math.max(this.longest, other.longest);
    if (!this.sawReset && this.leading === 0) this.leadingFirst = other.leadingFirst;
    if (!this.sawReset) this.leading += other.leading;
    if (other.sawReset) {
      this.broken = other.broken;
      this.streak = other.streak;
      this.brokenSince = other.brokenSince;
    } else if (joined) {
      this.streak += other.leading;
    } else if (other.broken) {
      this.broken = true;
      this.streak = other.streak;
      this.brokenSince = other.brokenSince;
    }
    this.sawReset ||= other.sawReset;
    this.identityCalls += other.identityCalls;
    this.apiCalls += other.apiCalls;
    this.identityByHour.merge(other.identityByHour);
    if (joined && other.leadingFirst) this.samples.push(other.leadingFirst);
    this.samples.merge(other.samples);
  }

  finish(): Assessment<TokenHandlingEvidence> | null {
    let maxPerHour = 0;
    let busy = 0;
    for (const [, [n = 0]] of this.identityByHour.sorted()) {
      maxPerHour = Math.max(maxPerHour, n);
      if (n > IDENTITY_PER_HOUR) busy++;
    }
    const perCall = this.identityCalls >= PER_CALL_MIN && this.identityCalls * 2 >= this.apiCalls;
    const tooOften = busy >= BUSY_HOURS || perCall;
    if (this.wasted === 0 && !tooOften) return null;
    return {
      severity: 'warning',
      evidence: {
        wastedCalls: this.wasted,
        episodes: this.episodes,
        longestStreak: this.longest,
        identityCalls: this.identityCalls,
        apiCalls: this.apiCalls,
        maxIdentityPerHour: maxPerHour,
        busyHours: busy,
        identityTooOften: tooOften,
        samples: this.samples.list(),
      },
    };
  }

  toJSON(): unknown {
    return {
      broken: this.broken,
      brokenSince: this.brokenSince,
      streak: this.streak,
      wasted: this.wasted,
      episodes: this.episodes,
      longest: this.longest,
      leading: this.leading,
      sawReset: this.sawReset,
      identityCalls: this.identityCalls,
      apiCalls: this.apiCalls,
      identityByHour: this.identityByHour.toFlat(),
      identityHourWidth: this.identityByHour.width,
      samples: this.samples,
      // Only while the state begins with a streak: reports of other logs keep their shape.
      ...(this.leadingFirst && { leadingFirst: this.leadingFirst }),
    };
  }

  static fromJSON(json: unknown): TokenHandlingDetector {
    const o = asObject(json);
    const d = new TokenHandlingDetector();
    d.broken = o.broken === true;
    d.brokenSince = asNumber(o.brokenSince);
    d.streak = asNumber(o.streak);
    d.wasted = asNumber(o.wasted);
    d.episodes = asNumber(o.episodes);
    d.longest = asNumber(o.longest);
    d.leading = asNumber(o.leading);
    d.sawReset = o.sawReset === true;
    d.identityCalls = asNumber(o.identityCalls);
    d.apiCalls = asNumber(o.apiCalls);
    d.identityByHour = readHourCounts(o.identityByHour, o.identityHourWidth);
    d.samples = Samples.fromJSON(o.samples);
    d.leadingFirst = Samples.fromJSON([o.leadingFirst], 1).list()[0] ?? null;
    return d;
  }
}

/** The words of one language for token-handling. */
export interface TokenHandlingPhrases {
  titleWasted(e: TokenHandlingEvidence): string;
  titleTooOften(e: TokenHandlingEvidence): string;
  /** The wasted calls as one run, or as several: a phrase that `wasted` puts in its sentence. */
  oneRun(e: TokenHandlingEvidence): string;
  manyRuns(e: TokenHandlingEvidence): string;
  wasted(run: string): string;
  tooOften(e: TokenHandlingEvidence): string;
}

export const tokenHandling: DetectorKind<
  'token-handling',
  TokenHandlingEvidence,
  TokenHandlingDetector,
  TokenHandlingPhrases
> = {
  id: 'token-handling',
  stateKey: 'token',
  create: () => new TokenHandlingDetector(),
  fromJSON: (json) => TokenHandlingDetector.fromJSON(json),
  describe(e, p: TokenHandlingPhrases, common: CommonPhrases) {
    const wasted = e.wastedCalls > 0 ? p.wasted(e.episodes === 1 ? p.oneRun(e) : p.manyRuns(e)) : '';
    return {
      title: e.wastedCalls > 0 ? p.titleWasted(e) : p.titleTooOften(e),
      advice: sentences(wasted, e.identityTooOften ? p.tooOften(e) : '', common.examples(e.samples)),
    };
  },
};
