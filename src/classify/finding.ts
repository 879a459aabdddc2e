import type { Level } from '../catalog/types.js';

/**
 * One failure, as data. Words (titles, remedies) come from the catalog when a
 * report is written, so a finding holds codes and captured values only.
 */
export interface Finding {
  level: Level;
  /** '606', '1006'; for the http level the status: '413'. */
  code: string;
  /** The message as Marketo sent it (redacted, may be empty). */
  message: string;
  /** Values captured from the message's '%s' placeholders. */
  params: string[];
  /** False when the catalog has no entry for the code at any level. */
  documented: boolean;
  /** For record findings: position in result[] and so in the request's input. */
  recordIndex?: number;
  /** The input record's key field (email, id), only with --show-records. */
  recordKey?: string;
}

/** The outcome of classifying one exchange. */
export interface Classified {
  findings: Finding[];
  /** Strings from warnings[] in a successful response. */
  warnings: string[];
  /**
   * Whether the call used the daily quota and the rate limit (see quota.ts).
   * Decided from all findings, so filters on findings never change it.
   */
  countsAgainstQuota: boolean;
}
