import { LEVELS, type Lang } from '../catalog/types.js';
import type { ReportFormatSpec } from './format-spec.js';
import { oneLine } from '../util/sanitize.js';
import { formatBytes, formatInt, formatPercent, formatSource } from './format.js';
import type { Report } from './model.js';
import { sectionTable } from './section-render.js';
import { reportSections } from './sections.js';
import { renderDiagnosticsTable, renderLevelTables } from './table-codes.js';
import { MIN_WIDTH, box, fit, fittedTable, makePaint } from './table-layout.js';
import { textCodeList } from './text-codes.js';
import type { Words } from './words.js';
import { wordsFor } from './words.js';

export interface TableOptions {
  color: boolean;
  /** Terminal columns; no line is wider (at least 40 is used). */
  width: number;
  lang: Lang;
  /** How many malformed lines to list per input (default 5). */
  maxMalformed?: number;
}

const DEFAULT_MAX_MALFORMED = 5;
const MAX_NOTES = 5;

/**
 * The terminal report: a one-screen summary, then the diagnostics, then one
 * table per level. Every string from the logs goes through oneLine/stripControl.
 */
export function renderTable(report: Report, opts: TableOptions): string {
  const width = Math.max(opts.width, MIN_WIDTH);
  const w = wordsFor(opts.lang);
  const p = makePaint(opts.color);
  const title = fit(`${w.reportTitle} · ${oneLine(report.tool.name)} ${oneLine(report.tool.version)}`, width);
  const parts = [p.strong(title), ''];
  if (!report.complete) parts.push(p.severity('error', box(width, w.incomplete)), '');
  parts.push(renderTotals(report, width, w, opts.lang), '');
  parts.push(p.heading(fit(w.inputs, width)), renderInputs(report, width, w, opts.lang), '');
  const malformed = renderMalformed(report, width, w, opts.maxMalformed ?? DEFAULT_MAX_MALFORMED);
  if (malformed) parts.push(p.heading(fit(w.malformedLines, width)), malformed, '');
  const notes = renderNotes(report, width, w, opts.lang);
  if (notes) parts.push(p.heading(fit(w.notes, width)), notes, '');
  parts.push(p.heading(fit(w.diagnostics, width)), renderDiagnosticsTable(report, width, w, p), '');
  parts.push(...renderLevelTables(report, width, w, p, opts.lang));
  for (const section of reportSections(report, opts.lang)) parts.push(sectionTable(section, width, p));
  return parts.join('\n').replace(/\n+$/, '') + '\n';
}

function renderTotals(report: Report, width: number, w: Words, lang: Lang): string {
  const t = report.totals;
  const n = (v: number) => formatInt(v, lang);
  const rows: Array<[string, string]> = [
    [w.exchanges, n(t.exchanges)],
    [w.marketoCalls, n(t.marketoCalls)],
    [w.failedCalls, `${n(t.failedCalls)} (${formatPercent(t.failedShare, lang)})`],
    [w.recordFailureCalls, n(t.recordFailureCalls)],
    [w.quotaCalls, n(t.quotaCalls)],
    [w.noResponse, n(t.noResponse)],
    [w.findings, LEVELS.map((l) => `${w.level[l]} ${n(t.findings[l])}`).join(' · ')],
    [w.malformed, n(t.malformed)],
    [w.unrecognised, n(t.unrecognised)],
    [w.other, n(t.other)],
    [w.notes, n(report.notes.reduce((s, note) => s + note.count, 0))],
  ];
  const filters = Object.entries(report.filters ?? {});
  if (filters.length > 0) {
    rows.push([
      w.filters,
      filters.map(([k, v]) => `${oneLine(k)}=${oneLine(Array.isArray(v) ? v.join(',') : v)}`).join('; '),
    ]);
  }
  const table = fittedTable(width, [{ content: rows.map((r) => r[0]), maxFixed: Math.floor(width / 2) }], {
    compact: true,
  });
  table.push(...rows);
  return table.toString();
}

function renderInputs(report: Report, width: number, w: Words, lang: Lang): string {
  const rows = report.inputs.map((i): [string, string] => {
    const facts = [
      i.format + (i.gzip ? ` (${w.compressed})` : ''),
      formatBytes(i.bytes, lang),
      `${w.exchanges}: ${formatInt(i.exchanges, lang)}`,
    ];
    if (i.malformedCount) facts.push(`${w.malformed}: ${formatInt(i.malformedCount, lang)}`);
    if (i.unrecognised) facts.push(`${w.unrecognised}: ${formatInt(i.unrecognised, lang)} (${w.inspectHint})`);
    if (i.textCodes) facts.push(`${w.textCodes}: ${textCodeList(i.textCodes, lang)}`);
    if (i.timeOutOfRange) facts.push(`${w.timeOutOfRange}: ${formatInt(i.timeOutOfRange, lang)}`);
    if (i.other) facts.push(`${w.other}: ${formatInt(i.other, lang)}`);
    if (i.oversized.length) facts.push(`${w.oversized}: ${formatInt(i.oversized.length, lang)}`);
    if (i.truncated) facts.push(w.truncatedAt(i.truncated.line, oneLine(i.truncated.reason)));
    return [oneLine(i.name), facts.join(' · ')];
  });
  const table = fittedTable(width, [{ content: rows.map((r) => r[0]), maxFixed: Math.floor(width / 2) }], {
    compact: true,
  });
  for (const row of rows) table.pushBlock(row);
  return table.toString();
}

function renderMalformed(report: Report, width: number, w: Words, max: number): string | null {
  const rows: Array<[string, string]> = [];
  for (const input of report.inputs) {
    for (const m of input.malformed.slice(0, max)) {
      rows.push([
        formatSource({ file: input.name, line: m.line, entry: m.entry }),
        oneLine(w.malformedReason(m.reason)),
      ]);
    }
    const hidden = input.malformedCount - Math.min(max, input.malformed.length);
    if (hidden > 0) rows.push([oneLine(input.name), w.more(hidden)]);
  }
  if (rows.length === 0) return null;
  // file:line as one copyable token; a long path wraps rather than losing the line number.
  const table = fittedTable(width, [{ content: rows.map((r) => r[0]), maxFixed: Math.floor(width * 0.6) }], {
    compact: true,
  });
  for (const row of rows) table.pushBlock(row);
  return table.toString();
}

function renderNotes(report: Report, width: number, w: Words, lang: Lang): string | null {
  if (report.notes.length === 0) return null;
  const rows = [...report.notes]
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_NOTES)
    .map((n): [string, string] => [`×${formatInt(n.count, lang)}`, oneLine(n.message)]);
  if (report.notes.length > MAX_NOTES) rows.push(['', w.more(report.notes.length - MAX_NOTES)]);
  const table = fittedTable(width, [{ content: rows.map((r) => r[0]) }], { compact: true });
  table.push(...rows);
  return table.toString();
}

export const tableFormat: ReportFormatSpec = {
  name: 'table',
  help: 'a summary and a table per level for a terminal (the default on a terminal)',
  extensions: ['txt'],
  render: (report, opts) =>
    renderTable(report, {
      color: opts.color,
      width: opts.width,
      lang: opts.lang,
      ...(opts.maxMalformed !== undefined ? { maxMalformed: opts.maxMalformed } : {}),
    }),
};
