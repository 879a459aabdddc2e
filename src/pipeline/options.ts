import { availableParallelism } from 'node:os';
import type { Lang, Level } from '../catalog/types.js';
import type { InputFormat } from '../input/source.js';
import type { FieldMap } from '../normalise/field-map.js';

/** Which exchanges and findings an analysis keeps. Undefined means no filter. */
export interface Filters {
  levels?: Level[];
  codes?: string[];
  since?: number;
  until?: number;
  /** Substring of the templated endpoint path, e.g. '/rest/v1/leads'. */
  endpoint?: string;
  /** Substring of the host the calls went to, e.g. '123-abc-456' (a Munchkin id), in any case. */
  instance?: string;
}

export interface AnalyzeOptions {
  lang: Lang;
  showRecords: boolean;
  inputFormat?: InputFormat;
  fieldMap?: FieldMap;
  filters: Filters;
  dailyQuota: number;
  /** Longer NDJSON lines, JSON values and HAR entries are skipped and reported (the input is then incomplete). */
  maxLineBytes: number;
  /** How many malformed lines each input lists by number (all are counted). */
  maxMalformedListed: number;
  /** Worker threads for a large NDJSON file; 1 reads everything on the main thread. */
  jobs: number;
  /** `jobs` is the default, not asked for: where threads cost, a busy machine gets fewer (share.ts). */
  jobsAuto?: boolean;
  /**
   * Decompressed bytes read from each input at most (--max-bytes); past it the
   * input is incomplete. None by default.
   */
  maxBytes?: number;
  /** Sizes on disk from which a gzip or HAR file is read on a thread of its own (read-thread.ts), with jobs > 1. */
  readingThreadFrom: { gzip: number; har: number };
}

/** Defaults live here and nowhere else. */
export const DEFAULTS: AnalyzeOptions = {
  lang: 'en',
  showRecords: false,
  filters: {},
  dailyQuota: 50_000,
  // Parsing costs up to 11x a record's size in memory (a line whose every record
  // failed: 8 MiB peaks at 148 MB RSS, 16 MiB at 184 MB, 55 MiB at 407 MB);
  // 8 MiB holds any input to the README's figure. Marketo bodies are far smaller.
  maxLineBytes: 8 * 1024 * 1024,
  maxMalformedListed: 10_000,
  jobs: availableParallelism(),
  // A thread costs about 50 ms to start and warm up; below these it cost more than it saved (seed 42, 2 cores):
  // gzip of 9 MB (64 MB inflated) even, 2.7 MB 0.40-0.43 s on one thread against 0.46-0.56 s; HAR of 48 MB
  // 0.63-0.65 s against 0.67-0.68 s; 256 MB HAR 1.50-1.59 s with the thread against 1.67-1.80 s.
  readingThreadFrom: { gzip: 16 * 1024 * 1024, har: 128 * 1024 * 1024 },
};

export function normaliseOptions(partial: Partial<AnalyzeOptions>): AnalyzeOptions {
  const out: AnalyzeOptions = { ...DEFAULTS, filters: { ...DEFAULTS.filters } };
  for (const [key, value] of Object.entries(partial)) {
    if (value !== undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  if (partial.jobs === undefined) out.jobsAuto = true;
  return out;
}
