import type { Level, RetryPolicy } from '../catalog/types.js';
import type { Diagnostic } from '../diagnose/types.js';
import type { SourceRef } from '../normalise/exchange.js';

/**
 * The JSON report, schemaVersion 1. Every other format renders from this
 * object, so all formats agree on every number. Scripts rely on these names:
 * add fields, never rename them.
 */
export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  lang: 'en' | 'sv';
  /** False when an input could not be read to its end (exit code 3). */
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
}

export interface InputReport {
  name: string;
  /** 'json': a top-level array of records or pretty-printed values, read like NDJSON. */
  format: 'ndjson' | 'har' | 'json' | 'text';
  gzip: boolean;
  bytes: number;
  exchanges: number;
  /** Lines that are not JSON (or HAR entries that do not parse); capped list, see malformedCount. */
  malformed: Array<{ line: number; reason: string }>;
  malformedCount: number;
  /** JSON lines that match no known shape. */
  unrecognised: number;
  /** HAR entries or log lines for hosts that are not Marketo. */
  other: number;
  /** Lines longer than the line cap, skipped. */
  oversized: Array<{ line: number; bytes: number }>;
  truncated: false | { line: number; reason: string };
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
