import { allTextCodes, textCodeList } from './text-codes.js';
import type { Lang } from '../catalog/types.js';
import type { ReportFormatSpec } from './format-spec.js';
import { oneLine } from '../util/sanitize.js';
import {
  formatBytes,
  formatEvidence,
  formatInt,
  formatPercent,
  formatSource,
  levelOccurrences,
  levelsWithCodes,
  seenRange,
  severityOf,
} from './format.js';
import type { CodeReport, Report } from './model.js';
import { emptyLevelText } from './empty-level.js';
import { sectionMarkdown } from './section-render.js';
import { reportSections } from './sections.js';
import type { Words } from './words.js';
import { wordsFor } from './words.js';

export interface MarkdownOptions {
  lang: Lang;
}

const MAX_MALFORMED = 5;
const MAX_MESSAGES = 3;
const MAX_SAMPLES = 3;

/**
 * Text from the logs as inert Markdown: one line, no table breaks, no code
 * spans, no emphasis or links, and nothing that GitHub would take as HTML.
 */
export function mdText(s: string): string {
  return (
    oneLine(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`|*_[\]~]/g, (c) => `\\${c}`)
      // A leading #, + or - would start a heading or a list when the text opens a line.
      .replace(/^[#+-]/, (c) => `\\${c}`)
      // GitHub links bare URLs and www. names (its autolink extension, checked
      // with cmark-gfm): an escaped character breaks each; the text reads the same.
      .replace(/:\/\//g, ':\\/\\/')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
  );
}

/** Markdown for a ticket or pull request: summary, diagnostics, one table per level. */
export function renderMarkdown(report: Report, opts: MarkdownOptions): string {
  const w = wordsFor(opts.lang);
  const lang = opts.lang;
  const n = (v: number) => formatInt(v, lang);
  const t = report.totals;
  const out: string[] = [
    `# ${w.reportTitle}`,
    '',
    `_${w.generatedBy} ${mdText(report.tool.name)} ${mdText(report.tool.version)}_`,
    '',
  ];
  if (!report.complete) out.push(`> **${w.incomplete}**`, '');

  out.push(`## ${w.summary}`, '');
  const textCodes = allTextCodes(report);
  const summary: Array<[string, string]> = [
    [w.exchanges, n(t.exchanges)],
    [w.marketoCalls, n(t.marketoCalls)],
    [w.failedCalls, `${n(t.failedCalls)} (${formatPercent(t.failedShare, lang)})`],
    [w.recordFailureCalls, n(t.recordFailureCalls)],
    [w.quotaCalls, n(t.quotaCalls)],
    [w.noResponse, n(t.noResponse)],
    [w.findings, (['http', 'response', 'record'] as const).map((l) => `${w.level[l]} ${n(t.findings[l])}`).join(', ')],
    [w.malformed, n(t.malformed)],
    [w.unrecognised, t.unrecognised > 0 ? `${n(t.unrecognised)} (${w.inspectHint})` : n(t.unrecognised)],
    ...(textCodes ? [[w.textCodes, textCodeList(textCodes, lang)] as [string, string]] : []),
    [w.other, n(t.other)],
    [w.notes, n(report.notes.reduce((s, x) => s + x.count, 0))],
  ];
  const filters = Object.entries(report.filters ?? {});
  if (filters.length > 0) {
    summary.push([
      w.filters,
      filters.map(([k, v]) => `${mdText(k)}=${mdText(Array.isArray(v) ? v.join(',') : v)}`).join('; '),
    ]);
  }
  for (const [label, value] of summary) out.push(`- **${label}:** ${value}`);
  out.push(`- **${w.inputs}:**`);
  for (const i of report.inputs) {
    const facts = [
      i.format + (i.gzip ? ` (${w.compressed})` : ''),
      formatBytes(i.bytes, lang),
      `${w.exchanges}: ${n(i.exchanges)}`,
    ];
    if (i.truncated) facts.push(w.truncatedAt(i.truncated.line, mdText(i.truncated.reason)));
    out.push(`  - ${mdText(i.name)}: ${facts.join(', ')}`);
  }
  out.push('');

  const malformed = report.inputs.flatMap((i) => i.malformed.slice(0, MAX_MALFORMED).map((m) => ({ i, m })));
  if (malformed.length > 0) {
    out.push(`### ${w.malformedLines}`, '');
    for (const { i, m } of malformed) {
      const where = formatSource({ file: i.name, line: m.line, entry: m.entry });
      out.push(`- ${mdText(where)}: ${mdText(w.malformedReason(m.reason))}`);
    }
    const hidden = t.malformed - malformed.length;
    if (hidden > 0) out.push(`- ${w.more(hidden)}`);
    out.push('');
  }

  if (report.notes.length > 0) {
    out.push(`### ${w.notes}`, '');
    for (const note of report.notes) out.push(`- ×${n(note.count)} ${mdText(note.message)}`);
    out.push('');
  }

  out.push(`## ${w.diagnostics}`, '');
  if (report.diagnostics.length === 0) out.push(w.noDiagnostics);
  for (const d of report.diagnostics) {
    const evidence = formatEvidence(d.evidence);
    const tail = evidence ? ` _(${w.evidence}: ${mdText(evidence)})_` : '';
    out.push(`- **${w.severity[severityOf(d)]}: ${mdText(d.title)}.** ${mdText(d.advice)}${tail}`);
  }
  out.push('');

  for (const { level, codes } of levelsWithCodes(report)) {
    out.push(`## ${w.level[level]} (${w.codesAtLevel(codes.length, n(levelOccurrences(codes)))})`, '');
    if (codes.length === 0) {
      out.push(`_${mdText(emptyLevelText(report, level, w, lang))}_`, '');
      continue;
    }
    out.push(
      `| ${[w.code, w.count, w.calls, w.title, w.retry, w.topEndpoint, w.messages, w.samples, w.remedy].join(' | ')} |`,
      '| --- | ---: | ---: | --- | --- | --- | --- | --- | --- |',
    );
    for (const c of codes) out.push(codeRow(c, w, lang));
    out.push('');
  }
  for (const section of reportSections(report, lang)) out.push(...sectionMarkdown(section, mdText));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

function codeRow(c: CodeReport, w: Words, lang: Lang): string {
  const top = c.endpoints[0];
  const messages = c.messages.slice(0, MAX_MESSAGES).map((m) => `×${formatInt(m.count, lang)} ${mdText(m.message)}`);
  const samples = c.samples.slice(0, MAX_SAMPLES).map((s) => mdText(s.requestId ?? formatSource(s.source)));
  const title = mdText(c.title) + (c.documented ? '' : ` (${w.undocumented})`);
  const seen = `${w.seen}: ${seenRange(c.firstSeen, c.lastSeen, w.none)}`;
  const cells = [
    mdText(c.code),
    formatInt(c.count, lang),
    formatInt(c.exchanges, lang),
    `**${title}**<br>${seen}`,
    c.retry ? w.retryPolicy[c.retry] : w.retryUnknown,
    top ? `${mdText(top.endpoint)} (${formatInt(top.count, lang)})` : w.none,
    messages.join('<br>') || w.none,
    samples.join('<br>') || w.none,
    mdText(c.remedy) || w.none,
  ];
  return `| ${cells.join(' | ')} |`;
}

export const markdownFormat: ReportFormatSpec = {
  name: 'markdown',
  help: 'summary, diagnostics and a table per level, for a ticket or a pull request',
  extensions: ['md', 'markdown'],
  render: (report, opts) => renderMarkdown(report, { lang: opts.lang }),
};
