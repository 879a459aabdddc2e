import type { Peaks } from '../diagnose/index.js';
import type { Lang, Level, RetryPolicy } from '../catalog/types.js';
import type { Diagnostic } from '../diagnose/types.js';
import type { Message } from '../errors/words.js';
import type { SourceRef } from '../normalise/exchange.js';

/**
 * The JSON report, schemaVersion 1. Every other format renders from this
 * object, so all formats agree on every number. Scripts rely on these names:
 * add fields, never rename them.
 */
export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  lang: Lang;
  /** False when an input was cut short, damaged, or had a line skipped for its size (exit code 3). */
  complete: boolean;
  inputs: InputReport[];
  totals: Totals;
  levels: Record<Level, { codes: CodeReport[] }>;
  notes: Note[];
  diagnostics: Diagnostic[];
  /** Failures per level over time, for the HTML timeline and for merging. */
  timeline: Timeline;
  /** Filters that were applied, so a reader knows what was left out. */
  filters: Record<string, string | string[]>;
  /**
   * What the diagnostics were computed from, compact (bounded by the time the
   * log covers), so that `marketo-errors merge` can combine reports. Opaque.
   */
  diagnosticsState?: unknown;
  /** Peaks a dashboard graphs whether or not a diagnostic fired (rate window, in flight, quota per day). */
  peaks?: Peaks;
  /** Rows of bulk import failure and warning files, when an input was one. */
  bulk?: BulkRowsReport;
  /** Bulk jobs whose status the log shows, when it shows any. */
  jobs?: JobsReport;
  /** Marketo's own counts (stats endpoints) beside this log's, when the input holds them. */
  instance?: InstanceReport;
}

export interface InputReport {
  name: string;
  /** 'json': a top-level array of records or pretty-printed values, read like NDJSON. */
  format: 'ndjson' | 'har' | 'json' | 'text' | 'bulk-failures';
  gzip: boolean;
  bytes: number;
  exchanges: number;
  /**
   * Lines that are not JSON, or HAR entries (`entry`: 1-based) that are not usable, or rows of a
   * bulk failure file (`row`: 1-based after the header) that do not fit; capped list, see malformedCount.
   */
  malformed: Array<{ line: number; reason: string; entry?: number; row?: number }>;
  malformedCount: number;
  /** JSON lines that match no known shape. */
  unrecognised: number;
  /** HAR entries or log lines for hosts that are not Marketo. */
  other: number;
  /** Lines longer than the line cap, skipped. */
  oversized: Array<{ line: number; bytes: number; entry?: number }>;
  /** `words`: the reason as a message, said in the report's language by toReport, which leaves it out. */
  truncated: false | { line: number; reason: string; words?: Message };
  /** Data rows read from a bulk failure or warning file. */
  rows?: number;
  /** Saved responses of Marketo's stats endpoints (not calls of this log). */
  statsResponses?: number;
  /**
   * Only for a part of a plain file (`analyze --byte-range`, `--shard`): the lines that start in
   * bytes [start, end) of a file of `size` bytes, `lines` of them. Its name is `file@start` (just
   * `file` from byte 0) and its lines count from 1 at `start`; `merge` joins adjacent parts and
   * renumbers their lines, and drops `range` once the parts make up the whole file.
   */
  range?: { start: number; end: number; size: number; lines: number };
  /** Calls whose logged time no date can hold (1e308): left out of time-based work. */
  timeOutOfRange?: number;
  /** Codes read from log text, not from a logged body (an exception, a printed dict): code -> occurrences. */
  textCodes?: Record<string, number>;
}

export interface Totals {
  exchanges: number;
  marketoCalls: number;
  /** Calls rejected as a whole: an HTTP failure or errors[] with success false. */
  failedCalls: number;
  /** Calls that succeeded but had at least one record skipped or failed. */
  recordFailureCalls: number;
  /** failedCalls / marketoCalls, 0..1, rounded to 4 places. */
  failedShare: number;
  /** Calls that count against the daily quota (identity calls and starred codes do not). */
  quotaCalls: number;
  noResponse: number;
  /**
   * Calls answered (no HTTP failure) whose answer's body the log does not hold: codes Marketo puts inside a 200
   * cannot be known for them. Left out when 0.
   */
  unseenBodies?: number;
  other: number;
  unrecognised: number;
  malformed: number;
  findings: Record<Level, number>;
}

export interface CodeReport {
  level: Level;
  code: string;
  /** Occurrences: one per errors[] entry, one per record reason, one per HTTP failure. */
  count: number;
  /** Exchanges with at least one occurrence. */
  exchanges: number;
  title: string;
  meaning: string;
  remedy: string;
  retry: RetryPolicy | null;
  documented: boolean;
  countsAgainstQuota: boolean | null;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Most frequent first; ids templated: /rest/v1/lists/{id}/leads.json */
  endpoints: Array<{ endpoint: string; count: number }>;
  /** Message variants by captured values, most frequent first. */
  messages: Array<{ message: string; params: string[]; count: number }>;
  /** Up to 5 samples for a support ticket, earliest first. */
  samples: Array<{ requestId: string | null; source: SourceRef }>;
  /** Input records that failed, only with --show-records (personal data). */
  records?: Array<{ index: number; key: string; source: SourceRef }>;
}

export interface Note {
  kind: 'warning';
  message: string;
  count: number;
}

export interface Timeline {
  /** Width of a bucket in milliseconds. */
  bucketMs: number;
  /** Sorted by t (bucket start, epoch ms). */
  points: Array<{ t: number; calls: number; http: number; response: number; record: number }>;
}

export interface BulkRowsReport {
  /** Data rows read, per file kind. */
  rows: { failures: number; warnings: number };
  /** Rows per reason template, most first; `code` is a documented code or a bulk entry's. */
  reasons: Array<{ kind: 'failures' | 'warnings'; code: string; template: string; rows: number }>;
  /** Fields named by reasons, most first, with the kinds of value the rows held there. */
  fields: Array<{ kind: 'failures' | 'warnings'; field: string; rows: number; valueKinds: Record<string, number> }>;
  /** Header columns named with a display name (holding a space) instead of a REST API name. */
  displayNameColumns: string[];
}

export type JobType = 'import' | 'export';

export interface JobReport {
  type: JobType;
  id: string;
  /** Templated endpoint of the job's object, e.g. /bulk/v1/leads */
  object: string;
  lastStatus: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  /** When a status of Complete(d), Failed or Cancel(l)ed was first seen. */
  doneAt: string | null;
  /** doneAt minus the first sight of the job, in ms. */
  durationMs: number | null;
  polls: number;
  /** Polls less than 60 s after the previous poll of the same job. */
  fastPolls: number;
  rowsProcessed: number | null;
  rowsFailed: number | null;
  rowsWithWarning: number | null;
  numberOfRecords: number | null;
  fileSize: number | null;
  message: string | null;
  /** File downloads answered 404 because the job was not Completed yet. */
  earlyFileFetches: number;
}

export interface JobsReport {
  jobs: JobReport[];
  /** Status observations of jobs past the cap of listed jobs: counted, not listed. */
  unlisted: number;
  /** Enqueue calls answered "Job already queued" (1029). */
  alreadyQueued: number;
  /** Calls refused with 1016 or 1029 because too many jobs were queued or running. */
  queueFull: number;
  /** Bytes of exports completed per US Central day (the 500 MB daily allowance). */
  exportBytesPerDay: Array<{ date: string; bytes: number }>;
}

export interface InstanceReport {
  /**
   * Per US Central day and response-level code: Marketo's count for the whole
   * instance (null when no stats response covers the day) and this log's.
   */
  errors: Array<{ date: string; code: string; instance: number | null; log: number }>;
  /** Marketo's total of errors per day, as its stats response gave it. */
  errorTotals: Array<{ date: string; total: number }>;
  /**
   * Per day: the instance's API calls (null when unknown), this log's calls
   * that count against the quota, and each API user's calls (masked ids unless
   * --show-records), most first.
   */
  usage: Array<{ date: string; total: number | null; log: number; users: Array<{ user: string; count: number }> }>;
}
