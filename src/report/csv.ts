import { stringify } from 'csv-stringify/sync';
import { neutraliseCsvCell, stripControl } from '../util/sanitize.js';
import type { CsvCell } from '../util/sanitize.js';
import type { FindingRow } from './finding-row.js';
import { codeSeverity, formatSource, levelsWithCodes } from './format.js';
import type { Diagnostic } from '../diagnose/types.js';
import type { FindingStream, ReportFormatSpec } from './format-spec.js';
import { renderCsvInstance, renderCsvJobs } from './csv-sections.js';
import type { CodeReport, Report } from './model.js';
import { finite } from './numbers.js';
import { LEVELS, type Lang } from '../catalog/types.js';
import { allTextCodes, textCodesInOrder } from './text-codes.js';
import { wordsFor } from './words.js';

// Column names are identifiers for scripts and spreadsheets, like the JSON
// keys, so they stay the same in every language.
export const CODE_COLUMNS = [
  'level',
  'code',
  'count',
  'exchanges',
  'documented',
  'counts_against_quota',
  'retry',
  'title',
  'meaning',
  'remedy',
  'first_seen',
  'last_seen',
  'top_endpoint',
  'top_endpoint_count',
  'top_message',
  'top_message_count',
  'sample_request_ids',
  'sample_sources',
  'severity',
] as const;

export const DIAGNOSTIC_COLUMNS = ['id', 'severity', 'title', 'advice', 'evidence'] as const;

export const FINDING_COLUMNS = [
  'level',
  'code',
  'message',
  'params',
  'record_index',
  'request_id',
  'endpoint',
  'time',
  'source',
] as const;

const LIST_SEPARATOR = ' ';

function codeRow(c: CodeReport): unknown[] {
  const top = c.endpoints[0];
  const msg = c.messages[0];
  return [
    c.level,
    c.code,
    c.count,
    c.exchanges,
    c.documented,
    c.countsAgainstQuota,
    c.retry,
    c.title,
    c.meaning,
    c.remedy,
    c.firstSeen,
    c.lastSeen,
    top?.endpoint,
    top?.count,
    msg?.message,
    msg?.count,
    c.samples
      .map((s) => s.requestId)
      .filter((id): id is string => !!id)
      .join(LIST_SEPARATOR),
    c.samples.map((s) => formatSource(s.source)).join(LIST_SEPARATOR),
    codeSeverity(c),
  ];
}

/** The evidence as its JSON: numbers and lists stay readable for a script. */
function diagnosticRow(d: Diagnostic): unknown[] {
  return [d.id, d.severity, d.title, d.advice, JSON.stringify(d.evidence)];
}

function findingRow(f: FindingRow): unknown[] {
  return [
    f.level,
    f.code,
    f.message,
    f.params.length ? JSON.stringify(f.params) : '',
    f.recordIndex,
    f.requestId,
    f.endpoint,
    f.time,
    formatSource(f.source),
  ];
}

/** Control characters out (someone may `cat` the file), formulas defused. */
export function safeRow(row: unknown[]): CsvCell[] {
  return row.map((v) => neutraliseCsvCell(typeof v === 'string' ? stripControl(v) : v));
}

/** The report as CSV: a row per level and code. */
export function renderCsv(report: Report): string {
  const rows: CsvCell[][] = [[...CODE_COLUMNS]];
  for (const { codes } of levelsWithCodes(report)) {
    for (const c of codes) rows.push(safeRow(codeRow(c)));
  }
  return stringify(rows, CSV_OPTIONS);
}

export const TOTAL_COLUMNS = ['total', 'value', 'note'] as const;

/**
 * `--csv-rows totals`: a row per number of the report's totals, named as in the
 * JSON report, then a row per code read from log text (`textCodes.606`, all
 * inputs added up). `note`, in the report's language, says where to look for
 * unrecognised lines and that a code came from text.
 */
export function renderCsvTotals(report: Report, lang: Lang): string {
  const t = report.totals;
  const w = wordsFor(lang);
  const rows: Array<[string, unknown, string?]> = [
    ['exchanges', t.exchanges],
    ['marketoCalls', t.marketoCalls],
    ['failedCalls', t.failedCalls],
    ['failedShare', t.failedShare],
    ['recordFailureCalls', t.recordFailureCalls],
    ['quotaCalls', t.quotaCalls],
    ['noResponse', t.noResponse],
    ['unseenBodies', t.unseenBodies ?? 0],
    ['other', t.other],
    ['unrecognised', t.unrecognised, t.unrecognised > 0 ? w.inspectHint : ''],
    ['malformed', t.malformed],
    ...LEVELS.map((l): [string, unknown] => [`findings.${l}`, t.findings?.[l]]),
    ...textCodesInOrder(allTextCodes(report) ?? {}).map(([code, n]): [string, unknown, string] => [
      `textCodes.${code}`,
      n,
      w.textCodes,
    ]),
  ];
  const cells = rows.map(([k, v, note]) => safeRow([k, finite(v) ?? '', note ?? '']));
  return stringify([[...TOTAL_COLUMNS], ...cells], CSV_OPTIONS);
}

/** `--csv-rows diagnostics`: a row per diagnostic, with columns of its own. */
export function renderCsvDiagnostics(report: Report): string {
  return stringify([[...DIAGNOSTIC_COLUMNS], ...report.diagnostics.map((d) => safeRow(diagnosticRow(d)))], CSV_OPTIONS);
}

export const CSV_OPTIONS = { cast: { boolean: (v: boolean) => (v ? 'true' : 'false') } };

/**
 * `--csv-rows findings` as a stream: the header once, then a line per finding
 * as the analysis meets it, so a huge log never holds its findings in memory.
 */
export function csvFindingsHeader(): string {
  return stringify([[...FINDING_COLUMNS]], CSV_OPTIONS);
}

export function csvFindingLine(f: FindingRow): string {
  return stringify([safeRow(findingRow(f))], CSV_OPTIONS);
}

const findingStream: FindingStream = { header: csvFindingsHeader, line: csvFindingLine, end: () => '' };

export const csvFormat: ReportFormatSpec = {
  name: 'csv',
  help:
    'a row per code; --csv-rows findings, diagnostics, totals: a row per finding, diagnostic or total;' +
    " jobs: a row per bulk job, instance: Marketo's own counts beside the log's",
  extensions: ['csv'],
  // A report holds no findings: they exist only while the analysis streams them.
  render: (report, opts) => {
    if (opts.csvRows === 'diagnostics') return renderCsvDiagnostics(report);
    if (opts.csvRows === 'totals') return renderCsvTotals(report, opts.lang);
    if (opts.csvRows === 'jobs') return renderCsvJobs(report);
    if (opts.csvRows === 'instance') return renderCsvInstance(report);
    return opts.csvRows === 'findings' ? csvFindingsHeader() : renderCsv(report);
  },
  findingStream: (opts) => (opts.csvRows === 'findings' ? findingStream : undefined),
};
