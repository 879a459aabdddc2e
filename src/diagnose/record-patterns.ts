import type { Exchange } from '../normalise/exchange.js';
import type { Assessment, CommonPhrases, Detector, DetectorKind, ExchangeInput } from './detector.js';
import { addBoundedCount, asNumber, asObject, readCounts, topCounts } from './json.js';
import { Samples, type Sample } from './samples.js';
import { sentences } from './words-format.js';

const MAX_FIELDS = 200;

export interface RecordPatternsEvidence {
  /** Requests in which every record failed with 1006 (unknown field) ... */
  wholeBatch1006: number;
  /** ... the records in them ... */
  wholeBatch1006Records: number;
  /** ... and the field names Marketo named, most frequent first. */
  fields: Array<{ name: string; count: number }>;
  /** Records rejected with 1005 (already exists) in createOnly requests, and those requests. */
  createOnlyDuplicates: number;
  createOnlyRequests: number;
  /** Records rejected with 1004 / 1015 by list operations, and those requests. */
  listNotFound: number;
  listNotInList: number;
  listRequests: number;
  batchSamples: Sample[];
  createOnlySamples: Sample[];
  listSamples: Sample[];
}

type Counts = Pick<
  RecordPatternsEvidence,
  | 'wholeBatch1006'
  | 'wholeBatch1006Records'
  | 'createOnlyDuplicates'
  | 'createOnlyRequests'
  | 'listNotFound'
  | 'listNotInList'
  | 'listRequests'
>;
const COUNT_KEYS: ReadonlyArray<keyof Counts> = [
  'wholeBatch1006',
  'wholeBatch1006Records',
  'createOnlyDuplicates',
  'createOnlyRequests',
  'listNotFound',
  'listNotInList',
  'listRequests',
];

function batchSize(ex: Exchange): number {
  const input = (ex.request as { input?: unknown } | null | undefined)?.input;
  if (Array.isArray(input)) return input.length;
  const result = (ex.response as { result?: unknown } | null | undefined)?.result;
  return Array.isArray(result) ? result.length : 0;
}

/** Record-level failures that come from how the client builds its requests. */
export class RecordPatternsDetector implements Detector<RecordPatternsEvidence> {
  private c: Counts = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as unknown as Counts;
  private readonly fields = new Map<string, number>();
  private batchSamples = new Samples();
  private createOnlySamples = new Samples();
  private listSamples = new Samples();

  add({ ex, classified }: ExchangeInput): void {
    let n1004 = 0;
    let n1005 = 0;
    let n1006 = 0;
    let n1015 = 0;
    for (const f of classified.findings) {
      if (f.level !== 'record') continue;
      const code = String(f.code);
      if (code === '1006') n1006++;
      else if (code === '1005') n1005++;
      else if (code === '1004') n1004++;
      else if (code === '1015') n1015++;
    }
    if (n1004 + n1005 + n1006 + n1015 === 0) return;
    const c = this.c;

    if (n1006 > 0) {
      const size = batchSize(ex);
      const failed = new Set<number>();
      for (const f of classified.findings) {
        if (f.level === 'record' && String(f.code) === '1006') failed.add(f.recordIndex ?? failed.size);
      }
      if (size > 0 && failed.size >= size) {
        c.wholeBatch1006++;
        c.wholeBatch1006Records += size;
        this.batchSamples.add(ex);
        const names = new Set<string>();
        for (const f of classified.findings) {
          if (f.level === 'record' && String(f.code) === '1006' && f.params[0]) names.add(f.params[0].slice(0, 100));
        }
        for (const name of names) addBoundedCount(this.fields, name, 1, MAX_FIELDS);
      }
    }
    if (n1005 > 0 && (ex.request as { action?: unknown } | null | undefined)?.action === 'createOnly') {
      c.createOnlyDuplicates += n1005;
      c.createOnlyRequests++;
      this.createOnlySamples.add(ex);
    }
    if (n1004 + n1015 > 0 && ex.path !== undefined && ex.path.startsWith('/rest/v1/lists/')) {
      c.listNotFound += n1004;
      c.listNotInList += n1015;
      c.listRequests++;
      this.listSamples.add(ex);
    }
  }

  merge(other: RecordPatternsDetector): void {
    for (const k of COUNT_KEYS) this.c[k] += other.c[k];
    for (const [k, v] of other.fields) addBoundedCount(this.fields, k, v, MAX_FIELDS);
    this.batchSamples.merge(other.batchSamples);
    this.createOnlySamples.merge(other.createOnlySamples);
    this.listSamples.merge(other.listSamples);
  }

  finish(): Assessment<RecordPatternsEvidence> | null {
    const c = this.c;
    if (c.wholeBatch1006 + c.createOnlyRequests + c.listRequests === 0) return null;
    return {
      severity: c.wholeBatch1006 > 0 || c.createOnlyDuplicates > 0 ? 'warning' : 'info',
      evidence: {
        ...c,
        fields: topCounts(this.fields, 10),
        batchSamples: this.batchSamples.list(),
        createOnlySamples: this.createOnlySamples.list(),
        listSamples: this.listSamples.list(),
      },
    };
  }

  toJSON(): unknown {
    return {
      ...this.c,
      fields: Object.fromEntries(this.fields),
      batchSamples: this.batchSamples,
      createOnlySamples: this.createOnlySamples,
      listSamples: this.listSamples,
    };
  }

  static fromJSON(json: unknown): RecordPatternsDetector {
    const o = asObject(json);
    const d = new RecordPatternsDetector();
    for (const k of COUNT_KEYS) d.c[k] = asNumber(o[k]);
    readCounts(o.fields, d.fields, MAX_FIELDS);
    d.batchSamples = Samples.fromJSON(o.batchSamples);
    d.createOnlySamples = Samples.fromJSON(o.createOnlySamples);
    d.listSamples = Samples.fromJSON(o.listSamples);
    return d;
  }
}

/** The words of one language for record-patterns. */
export interface RecordPatternsPhrases {
  titleBatches(e: RecordPatternsEvidence): string;
  titleCreateOnly(e: RecordPatternsEvidence): string;
  titleList(e: RecordPatternsEvidence): string;
  /** `names`: the unknown fields, comma-separated. */
  unknownFields(e: RecordPatternsEvidence, names: string): string;
  createOnly(e: RecordPatternsEvidence): string;
  notFound(e: RecordPatternsEvidence): string;
  notInList(e: RecordPatternsEvidence): string;
  /** `what`: the notFound and notInList phrases that apply. */
  list(e: RecordPatternsEvidence, what: string[]): string;
}

export const recordPatterns: DetectorKind<
  'record-patterns',
  RecordPatternsEvidence,
  RecordPatternsDetector,
  RecordPatternsPhrases
> = {
  id: 'record-patterns',
  stateKey: 'records',
  create: () => new RecordPatternsDetector(),
  fromJSON: (json) => RecordPatternsDetector.fromJSON(json),
  describe(e, p: RecordPatternsPhrases, common: CommonPhrases) {
    const what = [e.listNotFound > 0 ? p.notFound(e) : '', e.listNotInList > 0 ? p.notInList(e) : ''];
    const title =
      e.wholeBatch1006 > 0 ? p.titleBatches(e) : e.createOnlyRequests > 0 ? p.titleCreateOnly(e) : p.titleList(e);
    return {
      title,
      advice: sentences(
        e.wholeBatch1006 > 0 ? p.unknownFields(e, e.fields.map((f) => f.name).join(', ')) : '',
        e.createOnlyRequests > 0 ? p.createOnly(e) : '',
        e.listRequests > 0
          ? p.list(
              e,
              what.filter((w) => w !== ''),
            )
          : '',
        common.examples([...e.batchSamples, ...e.createOnlySamples, ...e.listSamples]),
      ),
    };
  },
};
