import { LEVELS, RETRY_POLICIES } from '../catalog/types.js';
import { shapeWhatEn, type ShapeActual, type ShapeExpected, type ShapeWord } from '../errors/reason-words.js';
import { msg, renderMessage, type Message } from '../errors/words.js';
import type { Report } from './report-model.js';

/**
 * The JSON report's schema, written as code: each check takes a value and the
 * path that leads to it, and throws a ReportShapeError naming the first thing
 * that is not as `analyze --format json` writes it. A report read back from a
 * file is hostile like any log: it is checked whole, once, on load, so that
 * everything after (merge, diff, the renderers) can trust its types.
 */
export class ReportShapeError extends Error {
  readonly path: string;
  /** What the value is, in English ("missing", "a string, not a count (...)"). */
  readonly what: string;
  /** `path is what`, in any language. */
  readonly words: Message;

  constructor(path: string, actual: ShapeActual, expected?: ShapeExpected) {
    const words = msg('reportShape', { path, actual, expected });
    super(renderMessage(words, 'en'));
    this.path = path;
    this.what = shapeWhatEn(actual, expected);
    this.words = words;
  }
}

type Check = (value: unknown, path: string) => void;

/** What a value is, in a few words: never the value itself (it may be long, or a secret), but for a number. */
function kindOf(v: unknown): ShapeActual {
  if (v === undefined) return { kind: 'missing' };
  if (v === null) return { kind: 'null' };
  if (Array.isArray(v)) return { kind: 'array' };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'notFinite' };
  if (typeof v === 'string') return { kind: 'string' };
  if (typeof v === 'boolean') return { kind: 'boolean' };
  return { kind: typeof v === 'object' ? 'object' : 'other' };
}

const fail = (path: string, v: unknown, expected: ShapeExpected): never => {
  throw new ReportShapeError(path, kindOf(v), expected);
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export const str: Check = (v, p) => {
  if (typeof v !== 'string') fail(p, v, 'string');
};
const bool: Check = (v, p) => {
  if (typeof v !== 'boolean') fail(p, v, 'bool');
};
/** Counts are whole numbers, 0 or more, that add up exactly. */
export const count: Check = (v, p) => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) fail(p, v, 'count');
};
const integer: Check = (v, p) => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) fail(p, v, 'whole');
};
const share: Check = (v, p) => {
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) fail(p, v, 'share');
};
const isoTime: Check = (v, p) => {
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) fail(p, v, 'isoTime');
};
const oneOf =
  (...allowed: readonly unknown[]): Check =>
  (v, p) => {
    if (!allowed.includes(v)) fail(p, v, { oneOf: allowed.map((a) => JSON.stringify(a)).join(', ') });
  };
const either =
  (a: Check, b: Check, expected: ShapeExpected): Check =>
  (v, p) => {
    try {
      a(v, p);
    } catch {
      try {
        b(v, p);
      } catch {
        fail(p, v, expected);
      }
    }
  };
// Null is checked first: trying the other check only to catch its error would build one per value.
export const nullable =
  (c: Check, expected: ShapeWord): Check =>
  (v, p) => {
    if (v === null) return;
    try {
      c(v, p);
    } catch {
      fail(p, v, { nullOr: expected });
    }
  };
const optional =
  (c: Check): Check =>
  (v, p) => {
    if (v !== undefined) c(v, p);
  };
export const arrayOf =
  (item: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return fail(p, v, 'array');
    for (let i = 0; i < v.length; i++) item(v[i], `${p}[${i}]`);
  };
export const object =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    if (!isPlainObject(v)) return fail(p, v, 'object');
    for (const [key, check] of Object.entries(fields))
      check(Object.hasOwn(v, key) ? v[key] : undefined, p ? `${p}.${key}` : key);
  };
export const recordOf =
  (item: Check): Check =>
  (v, p) => {
    if (!isPlainObject(v)) return fail(p, v, 'object');
    for (const [key, value] of Object.entries(v)) item(value, `${p}.${key}`);
  };

const source = object({ file: str, line: count, entry: optional(count) });
const counted = (fields: Record<string, Check>): Check => object({ ...fields, count });

const codeEntry = object({
  level: oneOf(...LEVELS),
  code: str,
  count,
  exchanges: count,
  title: str,
  meaning: str,
  remedy: str,
  retry: nullable(oneOf(...RETRY_POLICIES), 'retryPolicy'),
  documented: bool,
  countsAgainstQuota: nullable(bool, 'bool'),
  firstSeen: nullable(isoTime, 'isoTime'),
  lastSeen: nullable(isoTime, 'isoTime'),
  endpoints: arrayOf(counted({ endpoint: str })),
  messages: arrayOf(counted({ message: str, params: arrayOf(str) })),
  samples: arrayOf(object({ requestId: nullable(str, 'string'), source })),
  records: optional(arrayOf(object({ index: count, key: str, source }))),
});

const input = object({
  name: str,
  format: oneOf('ndjson', 'har', 'json', 'text', 'bulk-failures'),
  gzip: bool,
  bytes: count,
  exchanges: count,
  malformed: arrayOf(object({ line: count, reason: str, entry: optional(count), row: optional(count) })),
  malformedCount: count,
  unrecognised: count,
  other: count,
  oversized: arrayOf(object({ line: count, bytes: count, entry: optional(count) })),
  truncated: either(oneOf(false), object({ line: count, reason: str }), 'falseOrCut'),
  range: optional(object({ start: count, end: count, size: count, lines: count })),
  rows: optional(count),
  statsResponses: optional(count),
  timeOutOfRange: optional(count),
  textCodes: optional(recordOf(count)),
});

// The report's optional bulk, jobs and instance sections.
const kind = oneOf('failures', 'warnings');
const maybeCount = nullable(count, 'countShort');
const maybeTime = nullable(isoTime, 'isoTime');
const day = str;

const job = object({
  type: oneOf('import', 'export'),
  id: str,
  object: str,
  lastStatus: nullable(str, 'string'),
  firstSeen: maybeTime,
  lastSeen: maybeTime,
  doneAt: maybeTime,
  durationMs: nullable(integer, 'whole'),
  polls: count,
  fastPolls: count,
  rowsProcessed: maybeCount,
  rowsFailed: maybeCount,
  rowsWithWarning: maybeCount,
  numberOfRecords: maybeCount,
  fileSize: maybeCount,
  message: nullable(str, 'string'),
  earlyFileFetches: count,
});

const SECTION_SCHEMAS = {
  bulk: optional(
    object({
      rows: object({ failures: count, warnings: count }),
      reasons: arrayOf(object({ kind, code: str, template: str, rows: count })),
      fields: arrayOf(object({ kind, field: str, rows: count, valueKinds: recordOf(count) })),
      displayNameColumns: arrayOf(str),
    }),
  ),
  jobs: optional(
    object({
      jobs: arrayOf(job),
      unlisted: count,
      alreadyQueued: count,
      queueFull: count,
      exportBytesPerDay: arrayOf(object({ date: day, bytes: count })),
    }),
  ),
  instance: optional(
    object({
      errors: arrayOf(object({ date: day, code: str, instance: maybeCount, log: count })),
      errorTotals: arrayOf(object({ date: day, total: count })),
      usage: arrayOf(
        object({ date: day, total: maybeCount, log: count, users: arrayOf(object({ user: str, count })) }),
      ),
    }),
  ),
};

const levelCounts = object(Object.fromEntries(LEVELS.map((l) => [l, count])));

export const reportSchema: Check = object({
  schemaVersion: oneOf(1),
  tool: object({ name: str, version: str }),
  lang: oneOf('en', 'sv'),
  complete: bool,
  inputs: arrayOf(input),
  totals: object({
    exchanges: count,
    marketoCalls: count,
    failedCalls: count,
    recordFailureCalls: count,
    failedShare: share,
    quotaCalls: count,
    noResponse: count,
    unseenBodies: optional(count),
    other: count,
    unrecognised: count,
    malformed: count,
    findings: levelCounts,
  }),
  levels: object(Object.fromEntries(LEVELS.map((l) => [l, object({ codes: arrayOf(codeEntry) })]))),
  notes: arrayOf(counted({ kind: oneOf('warning'), message: str })),
  diagnostics: arrayOf(
    object({
      id: str,
      severity: oneOf('error', 'warning', 'info'),
      title: str,
      evidence: recordOf(() => undefined),
      advice: str,
    }),
  ),
  timeline: object({
    bucketMs: (v, p) => {
      count(v, p);
      if (v === 0) fail(p, v, 'bucketWidth');
    },
    points: arrayOf(object({ t: integer, calls: count, http: count, response: count, record: count })),
  }),
  filters: recordOf(either(str, arrayOf(str), 'stringOrList')),
  // Recomputed by merge from diagnosticsState; checked so a renderer never meets a hand-edited one.
  peaks: optional(
    object({ rateWindowCalls: count, inFlight: count, quotaCallsByDay: arrayOf(object({ day, calls: count })) }),
  ),
  ...SECTION_SCHEMAS,
});

/** What a value that is no report at all is: the CLI says it in words of its own. */
export const NOT_A_REPORT = shapeWhatEn({ kind: 'notAReport' });

/** The report, typed, or a ReportShapeError naming the first wrong part. */
export function checkReport(value: unknown): Report {
  if (!isPlainObject(value) || value.schemaVersion !== 1) {
    throw new ReportShapeError('it', { kind: 'notAReport' });
  }
  reportSchema(value, '');
  const report = value as unknown as Report;
  for (const level of LEVELS) {
    report.levels[level].codes.forEach((c, i) => {
      if (c.level !== level) fail(`levels.${level}.codes[${i}].level`, c.level, { literal: `"${level}"` });
    });
  }
  report.inputs.forEach((input, i) => {
    const r = input.range;
    if (r && !(r.start <= r.end && r.end <= r.size)) fail(`inputs[${i}].range`, r, 'range');
  });
  return report;
}
