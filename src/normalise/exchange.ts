/** Where a piece of evidence came from: a file (or '<stdin>') and a 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
  /** For HAR: the entry's 1-based position in log.entries (many tools write the whole HAR on one line). */
  entry?: number;
}

/** "file:line", or "file:line#entry" for a HAR entry: one spelling in every report. */
export function sourceLabel(ref: SourceRef): string {
  return ref.entry === undefined ? `${ref.file}:${ref.line}` : `${ref.file}:${ref.line}#entry${ref.entry}`;
}

/** Which Marketo API a URL belongs to; 'other' for anything that is not Marketo. */
export type ApiKind = 'rest' | 'bulk' | 'identity' | 'other';

/**
 * One API call: the request and what came back, whatever wrote the log.
 * Secrets are removed before an Exchange is built (see normalise/redact.ts).
 */
export interface Exchange {
  source: SourceRef;
  api: ApiKind;
  method?: string;
  /** Redacted URL as logged (absolute, or a path when the log has no host). */
  url?: string;
  /** URL path without the query string, e.g. '/rest/v1/leads.json'. */
  path?: string;
  /** HTTP status, when the log says; undefined when it only holds a body. */
  status?: number;
  /** True when the request got no response at all (network error, cancelled, status 0). */
  noResponse: boolean;
  /** Start of the request, epoch milliseconds. */
  startedAt?: number;
  /** The log gave a time that no date can hold (1e308): left out of time-based work, and counted. */
  timeOutOfRange?: true;
  durationMs?: number;
  /** Marketo's requestId from the response body. */
  requestId?: string;
  /** Size in bytes of the request body and of the full URL, when known. */
  requestBytes?: number;
  urlBytes?: number;
  /** Parsed request body (JSON, or form fields as an object), redacted. */
  request?: unknown;
  /** Parsed response body, redacted; a string when the body is not JSON. */
  response?: unknown;
  /** The code was read from log text (an exception, a printed dict), not from a logged body. */
  fromText?: true;
}
