import type { Exchange } from '../normalise/exchange.js';
import type { Assessment, CommonPhrases, Detector, DetectorKind, ExchangeInput } from './detector.js';
import { asNumber, asObject } from './json.js';
import { Samples, type Sample } from './samples.js';
import { sentences } from './words-format.js';

export const BODY_LIMIT_BYTES = 1_048_576;
/** Import Lead (bulk) accepts up to 10 MB. */
export const IMPORT_BODY_LIMIT_BYTES = 10_485_760;
export const URI_LIMIT_BYTES = 8_192;
export const BATCH_LIMIT = 300;
/** "Near" a limit: above this share of it. */
const NEAR = 0.8;

export interface NearLimitsEvidence {
  bodyLimitBytes: number;
  /** Requests above 80% of the body limit that Marketo still accepted. */
  nearBody: number;
  maxRequestBytes: number;
  rejected413: number;
  uriLimitBytes: number;
  /** Requests above 80% of the URI limit that Marketo still accepted; nearUriGet of them GETs. */
  nearUri: number;
  nearUriGet: number;
  /** GET requests whose URL is longer than the limit. */
  overUriGet: number;
  rejected414: number;
  maxUrlBytes: number;
  /** Requests with more than 300 records in input[]. */
  bigBatches: number;
  maxBatchRecords: number;
  bodySamples: Sample[];
  uriSamples: Sample[];
  batchSamples: Sample[];
}

type Counts = Omit<
  NearLimitsEvidence,
  'bodyLimitBytes' | 'uriLimitBytes' | 'bodySamples' | 'uriSamples' | 'batchSamples'
>;
const COUNT_KEYS: ReadonlyArray<keyof Counts> = [
  'nearBody',
  'maxRequestBytes',
  'rejected413',
  'nearUri',
  'nearUriGet',
  'overUriGet',
  'rejected414',
  'maxUrlBytes',
  'bigBatches',
  'maxBatchRecords',
];
const MAX_KEYS = new Set<keyof Counts>(['maxRequestBytes', 'maxUrlBytes', 'maxBatchRecords']);

function bodyLimitFor(ex: Exchange): number {
  return ex.api === 'bulk' && ex.path === '/bulk/v1/leads.json' ? IMPORT_BODY_LIMIT_BYTES : BODY_LIMIT_BYTES;
}

function isGet(ex: Exchange): boolean {
  return (ex.method ?? 'GET').toUpperCase() === 'GET';
}

/** Sizes of requests against Marketo's body, URI and batch limits. */
export class NearLimitsDetector implements Detector<NearLimitsEvidence> {
  private c: Counts = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as unknown as Counts;
  private bodySamples = new Samples();
  private uriSamples = new Samples();
  private batchSamples = new Samples();

  add({ ex, facts: f }: ExchangeInput): void {
    if (!f.apiCall) return;
    const c = this.c;
    const is413 = ex.status === 413 || f.codes.includes('413');
    const is414 = ex.status === 414 || f.codes.includes('414');
    const passed = !ex.noResponse && !is413 && !is414 && (ex.status === undefined || ex.status < 400);
    if (is413) {
      c.rejected413++;
      this.bodySamples.add(ex);
    }
    if (is414) {
      c.rejected414++;
      this.uriSamples.add(ex);
    }
    const body = ex.requestBytes;
    if (body !== undefined) {
      if (body > c.maxRequestBytes) c.maxRequestBytes = body;
      if (passed && body > NEAR * bodyLimitFor(ex)) {
        c.nearBody++;
        this.bodySamples.add(ex);
      }
    }
    const url = ex.urlBytes;
    if (url !== undefined) {
      if (url > c.maxUrlBytes) c.maxUrlBytes = url;
      // Only a long URL asks for the method: upper-casing it for every call cost a string each.
      if (url > URI_LIMIT_BYTES && isGet(ex)) {
        c.overUriGet++;
        if (!is414) this.uriSamples.add(ex);
      } else if (passed && url > NEAR * URI_LIMIT_BYTES) {
        c.nearUri++;
        if (isGet(ex)) c.nearUriGet++;
        this.uriSamples.add(ex);
      }
    }
    const input = (ex.request as { input?: unknown } | null | undefined)?.input;
    if (Array.isArray(input) && input.length > BATCH_LIMIT) {
      c.bigBatches++;
      if (input.length > c.maxBatchRecords) c.maxBatchRecords = input.length;
      this.batchSamples.add(ex);
    }
  }

  merge(other: NearLimitsDetector): void {
    for (const k of COUNT_KEYS) this.c[k] = MAX_KEYS.has(k) ? Math.max(this.c[k], other.c[k]) : this.c[k] + other.c[k];
    this.bodySamples.merge(other.bodySamples);
    this.uriSamples.merge(other.uriSamples);
    this.batchSamples.merge(other.batchSamples);
  }

  finish(): Assessment<NearLimitsEvidence> | null {
    const c = this.c;
    const rejected = c.rejected413 + c.rejected414;
    if (rejected + c.nearBody + c.nearUri + c.overUriGet + c.bigBatches === 0) return null;
    return {
      severity: rejected > 0 ? 'error' : 'warning',
      evidence: {
        ...c,
        bodyLimitBytes: BODY_LIMIT_BYTES,
        uriLimitBytes: URI_LIMIT_BYTES,
        bodySamples: this.bodySamples.list(),
        uriSamples: this.uriSamples.list(),
        batchSamples: this.batchSamples.list(),
      },
    };
  }

  toJSON(): unknown {
    return { ...this.c, bodySamples: this.bodySamples, uriSamples: this.uriSamples, batchSamples: this.batchSamples };
  }

  static fromJSON(json: unknown): NearLimitsDetector {
    const o = asObject(json);
    const d = new NearLimitsDetector();
    for (const k of COUNT_KEYS) d.c[k] = asNumber(o[k]);
    d.bodySamples = Samples.fromJSON(o.bodySamples);
    d.uriSamples = Samples.fromJSON(o.uriSamples);
    d.batchSamples = Samples.fromJSON(o.batchSamples);
    return d;
  }
}

/** The words of one language for near-limits: clauses that the builder joins with "; ". */
export interface NearLimitsPhrases {
  titleRejected(rejected: number): string;
  titleNear(requests: number): string;
  rejected413(e: NearLimitsEvidence): string;
  nearBody(e: NearLimitsEvidence): string;
  largestBody(e: NearLimitsEvidence): string;
  bodyAdvice: string;
  rejected414(e: NearLimitsEvidence): string;
  overUriGet(e: NearLimitsEvidence): string;
  nearUri(e: NearLimitsEvidence): string;
  longestUrl(e: NearLimitsEvidence): string;
  uriAdvice: string;
  /** A whole sentence. */
  bigBatches(e: NearLimitsEvidence): string;
}

/** "a; b. Advice" for the clauses that apply; '' when none does. */
function clauses(parts: string[], advice: string): string {
  const kept = parts.filter((p) => p !== '');
  return kept.length === 0 ? '' : `${kept.join('; ')}. ${advice}`;
}

export const nearLimits: DetectorKind<'near-limits', NearLimitsEvidence, NearLimitsDetector, NearLimitsPhrases> = {
  id: 'near-limits',
  stateKey: 'limits',
  create: () => new NearLimitsDetector(),
  fromJSON: (json) => NearLimitsDetector.fromJSON(json),
  describe(e, p: NearLimitsPhrases, common: CommonPhrases) {
    const hasBody = e.rejected413 > 0 || e.nearBody > 0;
    const hasUri = e.rejected414 > 0 || e.overUriGet > 0 || e.nearUri > 0;
    const body = clauses(
      hasBody
        ? [
            e.rejected413 > 0 ? p.rejected413(e) : '',
            e.nearBody > 0 ? p.nearBody(e) : '',
            e.maxRequestBytes > 0 ? p.largestBody(e) : '',
          ]
        : [],
      p.bodyAdvice,
    );
    const uri = clauses(
      hasUri
        ? [
            e.rejected414 > 0 ? p.rejected414(e) : '',
            e.overUriGet > 0 ? p.overUriGet(e) : '',
            e.nearUri > 0 ? p.nearUri(e) : '',
            p.longestUrl(e),
          ]
        : [],
      p.uriAdvice,
    );
    const rejected = e.rejected413 + e.rejected414;
    return {
      title:
        rejected > 0 ? p.titleRejected(rejected) : p.titleNear(e.nearBody + e.nearUri + e.overUriGet + e.bigBatches),
      advice: sentences(
        body,
        uri,
        e.bigBatches > 0 ? p.bigBatches(e) : '',
        common.examples([...e.bodySamples, ...e.uriSamples, ...e.batchSamples]),
      ),
    };
  },
};
