import type { Classified } from '../classify/finding.js';
import type { Exchange } from '../normalise/exchange.js';
import { ConcurrencyDetector } from './concurrency.js';
import { DailyQuotaDetector, DEFAULT_DAILY_QUOTA } from './daily-quota.js';
import { factsOf } from './facts.js';
import { fingerprint } from './fingerprint.js';
import { asObject } from './json.js';
import { NearLimitsDetector } from './near-limits.js';
import { RateWindowDetector } from './rate-window.js';
import { RecordPatternsDetector } from './record-patterns.js';
import { RetryPointlessDetector } from './retry-pointless.js';
import { RetryTooSoonDetector } from './retry-too-soon.js';
import { TokenHandlingDetector } from './token-handling.js';
import type { Diagnostic, DiagnosticId, Severity } from './types.js';
import { wordsFor, type EvidenceById } from './words.js';

export type { Diagnostic, DiagnosticId, Severity } from './types.js';
export { WORDS, wordsFor } from './words.js';

export interface DiagnoseOptions {
  /** Calls per US Central day the instance may make; 50,000 unless told. */
  dailyQuota: number;
  lang: 'en' | 'sv';
}

const STATE_VERSION = 1;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Everything the diagnostics need from a log, gathered one exchange at a time
 * in bounded memory (per-second and per-hour counts, short-lived retry maps,
 * a few samples), so it can be merged across shards and saved in a report.
 */
export class DiagnosticsState {
  private rate = new RateWindowDetector();
  private concurrency = new ConcurrencyDetector();
  private tooSoon = new RetryTooSoonDetector();
  private pointless = new RetryPointlessDetector();
  private token = new TokenHandlingDetector();
  private limits = new NearLimitsDetector();
  private quota = new DailyQuotaDetector();
  private records = new RecordPatternsDetector();

  /** Call once per exchange, in log order. */
  add(ex: Exchange, classified: Classified): void {
    const f = factsOf(ex, classified);
    this.token.add(ex, f);
    this.records.add(ex, classified);
    if (!f.apiCall) return;
    this.rate.add(ex, f);
    this.concurrency.add(ex, f);
    this.quota.add(f);
    this.limits.add(ex, f);
    const t = f.t;
    // Hashing the request is the dearest step, so it is skipped for a successful
    // call when no recent failure is waiting to be matched (the common case).
    if (t !== undefined && (f.failed || this.tooSoon.watching(t) || this.pointless.watching(t))) {
      const fp = fingerprint(ex);
      this.tooSoon.add(ex, f, fp);
      this.pointless.add(ex, f, fp, classified);
    } else if (f.has607) {
      this.pointless.add(ex, f, '', classified);
    }
  }

  /** Folds in a state built from later input (the next shard or worker). */
  merge(other: DiagnosticsState): void {
    this.rate.merge(other.rate);
    this.concurrency.merge(other.concurrency);
    this.tooSoon.merge(other.tooSoon);
    this.pointless.merge(other.pointless);
    this.token.merge(other.token);
    this.limits.merge(other.limits);
    this.quota.merge(other.quota);
    this.records.merge(other.records);
  }

  /** Bounded by the time span of the input (one number pair per active second), not by its length. */
  toJSON(): unknown {
    return {
      version: STATE_VERSION,
      rate: this.rate.toJSON(),
      concurrency: this.concurrency.toJSON(),
      tooSoon: this.tooSoon.toJSON(),
      pointless: this.pointless.toJSON(),
      token: this.token.toJSON(),
      limits: this.limits.toJSON(),
      quota: this.quota.toJSON(),
      records: this.records.toJSON(),
    };
  }

  /** Reads a state saved by toJSON; missing or malformed parts read as empty. */
  static fromJSON(json: unknown): DiagnosticsState {
    const o = asObject(json);
    const s = new DiagnosticsState();
    if (o.version !== STATE_VERSION) return s;
    s.rate = RateWindowDetector.fromJSON(o.rate);
    s.concurrency = ConcurrencyDetector.fromJSON(o.concurrency);
    s.tooSoon = RetryTooSoonDetector.fromJSON(o.tooSoon);
    s.pointless = RetryPointlessDetector.fromJSON(o.pointless);
    s.token = TokenHandlingDetector.fromJSON(o.token);
    s.limits = NearLimitsDetector.fromJSON(o.limits);
    s.quota = DailyQuotaDetector.fromJSON(o.quota);
    s.records = RecordPatternsDetector.fromJSON(o.records);
    return s;
  }

  /** The diagnostics, errors first, then by id; [] for a clean log. */
  finish(opts: Partial<DiagnoseOptions> = {}): Diagnostic[] {
    const lang = opts.lang === 'sv' ? 'sv' : 'en';
    const quota = opts.dailyQuota !== undefined && opts.dailyQuota > 0 ? opts.dailyQuota : DEFAULT_DAILY_QUOTA;
    const out: Diagnostic[] = [];
    const push = <K extends DiagnosticId>(id: K, r: { severity: Severity; evidence: EvidenceById[K] } | null): void => {
      if (r === null) return;
      const words = wordsFor(lang, id, r.evidence);
      out.push({ id, severity: r.severity, title: words.title, evidence: { ...r.evidence }, advice: words.advice });
    };
    push('rate-window', this.rate.finish());
    push('concurrency', this.concurrency.finish());
    push('retry-too-soon', this.tooSoon.finish());
    push('retry-pointless', this.pointless.finish((from, to) => this.rate.callsBetween(from, to)));
    push('token-handling', this.token.finish());
    push('near-limits', this.limits.finish());
    push('daily-quota', this.quota.finish(quota));
    push('record-patterns', this.records.finish());
    return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
