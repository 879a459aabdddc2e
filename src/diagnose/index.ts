import type { Lang } from '../catalog/types.js';
import type { Classified } from '../classify/finding.js';
import type { Exchange } from '../normalise/exchange.js';
import type { AnyDetectorKind, Detector, ExchangeInput, FinishContext } from './detector.js';
import { type ExchangeFacts, factsOf } from './facts.js';
import { Instances } from './instances.js';
import { asObject } from './json.js';
import { DETECTORS } from './registry.js';
import { RequestPrint } from './request-print.js';
import type { ReportSections } from './section-detector.js';
import type { Diagnostic, DiagnosticId, Severity } from './types.js';
import { PHRASES } from './words.js';
import { concurrency, type ConcurrencyDetector } from './concurrency.js';
import { dailyQuota, type DailyQuotaDetector } from './daily-quota.js';
import { rateWindow, type RateWindowDetector } from './rate-window.js';

/** What a dashboard graphs whether or not a diagnostic fired. */
export interface Peaks {
  /** Most calls in any 20 s window. */
  rateWindowCalls: number;
  /** Most requests in flight at once (0 without durations). */
  inFlight: number;
  /** Quota calls per US Central day, in day order. */
  quotaCallsByDay: Array<{ day: string; calls: number }>;
}

export type { Diagnostic, DiagnosticId, Severity } from './types.js';
export { DETECTORS } from './registry.js';
export { PHRASES } from './words.js';

export interface DiagnoseOptions {
  /** Calls per US Central day the instance may make (the default is in pipeline/options.ts). */
  dailyQuota: number;
  lang: Lang;
  /** The summary's bulk, jobs and instance sections (see section-detector.ts). */
  sections?: ReportSections;
}

const STATE_VERSION = 1;
const PER_INSTANCE = new Set<string>(['rate-window', 'concurrency', 'daily-quota']);
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The exchange being added, one object reused for every exchange; its fingerprint is hashed on demand. */
class CurrentExchange implements ExchangeInput {
  ex!: Exchange;
  classified!: Classified;
  facts!: ExchangeFacts;
  private readonly print = new RequestPrint();

  set(ex: Exchange, classified: Classified): this {
    this.ex = ex;
    this.classified = classified;
    this.facts = factsOf(ex, classified);
    this.print.set(ex);
    return this;
  }

  fingerprint(): string {
    return this.print.fingerprint();
  }

  urlDigest(): number {
    return this.print.urlDigest();
  }

  fullDigest(): number {
    return this.print.fullDigest();
  }
}

/**
 * Everything the diagnostics need from a log, gathered one exchange at a time
 * in bounded memory by the detectors of the registry (registry.ts), so it can
 * be merged across shards and saved in a report.
 */
export class DiagnosticsState {
  private readonly current = new CurrentExchange();

  /** `detectors`: one per registry entry, in registry order; new ones unless given. */
  constructor(
    private readonly detectors: Array<Detector<object>> = DETECTORS.map((k: AnyDetectorKind) => k.create()),
    private readonly instances = new Instances(),
  ) {}

  /** Call once per exchange, in log order. */
  add(ex: Exchange, classified: Classified): void {
    const input = this.current.set(ex, classified);
    if (input.facts.apiCall) this.instances.add(ex.url);
    for (const d of this.detectors) d.add(input);
  }

  /** A call of the context around a byte range: it seeds state and is counted nowhere (Detector.seed). */
  seed(ex: Exchange, classified: Classified): void {
    const input = this.current.set(ex, classified);
    for (const d of this.detectors) d.seed?.(input);
  }

  /** The next exchanges come from another log (Detector.endLog). */
  endLog(): void {
    for (const d of this.detectors) d.endLog?.();
  }

  /** Folds in a state built from later input (the next shard or worker). */
  merge(other: DiagnosticsState): void {
    for (let i = 0; i < this.detectors.length; i++) this.detectors[i]!.merge(other.detectors[i]!);
    this.instances.merge(other.instances);
  }

  /** Bounded by the time span of the input, not by its length; each detector under its registry `stateKey`. */
  toJSON(): unknown {
    const out: Record<string, unknown> = { version: STATE_VERSION };
    DETECTORS.forEach((kind: AnyDetectorKind, i) => {
      out[kind.stateKey] = this.detectors[i]!.toJSON();
    });
    // Each part names its instances, so that parts of different instances merge into a state with both.
    if (this.instances.count > 0) out.instances = this.instances.toJSON();
    return out;
  }

  /** Reads a state saved by toJSON; a foreign version, missing or malformed parts read as empty. */
  static fromJSON(json: unknown): DiagnosticsState {
    const o = asObject(json);
    if (o.version !== STATE_VERSION) return new DiagnosticsState();
    const detectors = DETECTORS.map((kind: AnyDetectorKind) => kind.fromJSON(o[kind.stateKey]));
    return new DiagnosticsState(detectors, Instances.fromJSON(o.instances));
  }

  private detectorOf<D>(kind: { create(): D }): D {
    return this.detectors[DETECTORS.indexOf(kind as never)] as D;
  }

  peaks(): Peaks {
    const days = this.detectorOf<DailyQuotaDetector>(dailyQuota).perDay();
    return {
      rateWindowCalls: this.detectorOf<RateWindowDetector>(rateWindow).peakCalls(),
      inFlight: this.detectorOf<ConcurrencyDetector>(concurrency).peakInFlight(),
      quotaCallsByDay: [...days].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, calls]) => ({ day, calls })),
    };
  }

  /** The diagnostics, errors first, then by id; [] for a clean log. */
  finish(opts: DiagnoseOptions): Diagnostic[] {
    const phrases = PHRASES[opts.lang] ?? PHRASES.en;
    const ctx: FinishContext = {
      dailyQuota: opts.dailyQuota,
      sections: opts.sections,
      peer: <D>(kind: { create(): D }) => this.detectorOf(kind),
    };
    const out: Diagnostic[] = [];
    DETECTORS.forEach((kind: AnyDetectorKind, i) => {
      const r = this.detectors[i]!.finish(ctx);
      if (r === null) return;
      const words = kind.describe(r.evidence, phrases[kind.id as keyof typeof phrases], phrases.common);
      const evidence = { ...(r.evidence as Record<string, unknown>) };
      let advice = words.advice;
      // Marketo's limits hold per instance; these diagnostics count the log's calls together.
      if (PER_INSTANCE.has(kind.id) && this.instances.count > 1) {
        evidence.instances = this.instances.count;
        advice = `${advice} ${phrases.common.instancesTogether(this.instances.count)}`;
      }
      out.push({ id: kind.id as DiagnosticId, severity: r.severity, title: words.title, evidence, advice });
    });
    return out.sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }
}
