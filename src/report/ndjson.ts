import { findEntry } from '../catalog/index.js';
import type { Lang, RetryPolicy } from '../catalog/types.js';
import { undocumentedText } from '../catalog/undocumented.js';
import { sourceLabel } from '../normalise/exchange.js';
import type { FindingRow } from './finding-row.js';
import type { FindingStream, ReportFormatSpec } from './format-spec.js';
import { safeJson } from './json.js';
import type { Report } from './model.js';

/**
 * The ndjson format: one JSON object per line, each with a `type`, so a reader
 * (jq, Vector, a log shipper) can act on every line as it comes. Findings
 * stream while the log is read; a `summary` line (the JSON report) ends it.
 */

export interface NdjsonFinding {
  type: 'finding';
  level: FindingRow['level'];
  code: string;
  title: string;
  /** Marketo's message, already redacted when the exchange was built. */
  message: string;
  time: string | null;
  endpoint: string | null;
  requestId: string | null;
  /** "file:line" (HAR: "file:line#entryN"). */
  source: string;
  retry: RetryPolicy | null;
  recordIndex?: number;
}

/** A finding as its event object; titles and retry policy come from the catalog. */
export function ndjsonFinding(row: FindingRow, lang: Lang): NdjsonFinding {
  const entry = findEntry(row.code, row.level);
  const event: NdjsonFinding = {
    type: 'finding',
    level: row.level,
    code: row.code,
    title: entry ? entry.text[lang].title : undocumentedText(row.level, row.code, lang).title,
    message: row.message,
    time: row.time ?? null,
    endpoint: row.endpoint ?? null,
    requestId: row.requestId ?? null,
    source: sourceLabel(row.source),
    retry: entry?.retry ?? null,
  };
  if (row.recordIndex !== undefined) event.recordIndex = row.recordIndex;
  return event;
}

/** Any event object as one line; terminal-fooling characters escaped as in the JSON report. */
export function ndjsonLine(event: { type: string }): string {
  return `${safeJson(event)}\n`;
}

/** The closing line: the whole JSON report under `report`. */
export function ndjsonSummaryLine(report: Report): string {
  const summary = { type: 'summary', report };
  return ndjsonLine(summary);
}

/** Findings as they are found, then the summary. */
function stream(lang: Lang): FindingStream {
  return { header: () => '', line: (row) => ndjsonLine(ndjsonFinding(row, lang)), end: ndjsonSummaryLine };
}

export const ndjsonFormat: ReportFormatSpec = {
  name: 'ndjson',
  help: 'a JSON object per line: each finding as it is found (and each alert with --follow), then a summary',
  extensions: ['ndjson', 'jsonl'],
  // Without a stream of findings (merge, a report rendered after the fact): the summary line alone.
  render: (report) => ndjsonSummaryLine(report),
  findingStream: (opts) => stream(opts.lang),
};
