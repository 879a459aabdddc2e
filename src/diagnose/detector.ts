import type { Classified } from '../classify/finding.js';
import type { Exchange } from '../normalise/exchange.js';
import type { ExchangeFacts } from './facts.js';
import type { Sample } from './samples.js';
import type { ReportSections } from './section-detector.js';
import type { Severity } from './types.js';

/**
 * The contract of one diagnostic. A detector gathers what it needs one exchange
 * at a time in bounded memory, merges with the detector of a later part of the
 * input, saves itself as JSON (for `merge` and worker threads), and at the end
 * says whether the log shows the problem, with the evidence.
 */
export interface Detector<E> {
  /** Called once per exchange, in log order. */
  add(input: ExchangeInput): void;
  /**
   * A call next to a part of the input, read as context and counted by the part that holds it:
   * it only sets the state this part's calls are measured against (a retry's first try, calls in
   * flight), so that evidence across a cut equals one pass. Detectors without such state leave it out.
   */
  seed?(input: ExchangeInput): void;
  /** Folds in the detector of later input (the next shard or worker). */
  merge(other: this): void;
  /**
   * The next calls come from another log: forget the state that calls are measured against in
   * time order (in flight, waiting for a retry), so one pass over several files equals a part per
   * file merged. Detectors whose state is keyed by absolute time leave it out.
   */
  endLog?(): void;
  toJSON(): unknown;
  /** The evidence and its severity, or null when the log does not show the problem. */
  finish(ctx: FinishContext): Assessment<E> | null;
}

export interface Assessment<E> {
  severity: Severity;
  evidence: E;
}

/** One exchange as the detectors see it; `facts` are worked out once for all of them. */
export interface ExchangeInput {
  readonly ex: Exchange;
  readonly classified: Classified;
  readonly facts: ExchangeFacts;
  /** Identifies "the same request"; hashed on first call, so detectors ask only when they need it. */
  fingerprint(): string;
  /** Small integers equal whenever fingerprints are (fingerprint.ts): cheaper first, to rule a call out. */
  urlDigest(): number;
  fullDigest(): number;
}

export interface FinishContext {
  /** Calls per US Central day the instance may make. */
  dailyQuota: number;
  /** Another detector of the same state, for evidence that needs two (retry-pointless reads the rate window). */
  peer<D>(kind: { create(): D }): D;
  /** The summary's bulk, jobs and instance sections, for the detectors that read them (section-detector.ts). */
  sections?: ReportSections;
}

/** Words every diagnostic shares, in one language. */
export interface CommonPhrases {
  /** " Examples: requestId 1a2b#c3 (app.log:12)." for the first few samples; '' for none. */
  examples(samples: readonly Sample[]): string;
  /** That the log's calls went to `count` Marketo instances, counted together, and how to see one. */
  instancesTogether(count: number): string;
}

/**
 * A diagnostic as the registry holds it: how to make and read back its detector,
 * and how to say its evidence. `describe` holds the sentence logic once; the
 * words of each language come in as `phrases` (one entry per id in words-en.ts, words-sv.ts).
 */
export interface DetectorKind<Id extends string, E, D extends Detector<E>, P> {
  readonly id: Id;
  /** Its key in the report's `diagnosticsState`. */
  readonly stateKey: string;
  create(): D;
  /** Reads a state saved by toJSON; missing or malformed parts read as empty. */
  fromJSON(json: unknown): D;
  describe(evidence: E, phrases: P, common: CommonPhrases): { title: string; advice: string };
}

/** Any registered kind, with its types erased for the loops of DiagnosticsState. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds kinds of different evidence and phrase types.
export type AnyDetectorKind = DetectorKind<string, any, Detector<any>, any>;
