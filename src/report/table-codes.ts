import type { Lang } from '../catalog/types.js';
import { oneLine } from '../util/sanitize.js';
import {
  bySeverity,
  codeSeverity,
  formatInt,
  severityOf,
  formatSource,
  levelOccurrences,
  seenRange,
  levelsWithCodes,
} from './format.js';
import type { CodeReport, Report } from './model.js';
import type { Paint } from './table-layout.js';
import { fit, fittedTable } from './table-layout.js';
import { emptyLevelText } from './empty-level.js';
import type { Words } from './words.js';

/** Terminal tables for the diagnostics and for the codes of each level. */

const MAX_MESSAGES = 3;
const MAX_SAMPLES = 3;
/**
 * A person reads no further than this many codes of a level in a terminal,
 * and cli-table3 spends milliseconds per row: the rest is one counted line.
 */
export const MAX_TABLE_CODES = 50;

export function renderDiagnosticsTable(report: Report, width: number, w: Words, p: Paint): string {
  if (report.diagnostics.length === 0) {
    const t = fittedTable(width, []);
    t.push([w.noDiagnostics]);
    return t.toString();
  }
  const diags = bySeverity(report.diagnostics);
  const labels = diags.map((d) => w.severity[severityOf(d)]);
  const t = fittedTable(width, [{ content: labels }], { compact: true });
  for (const d of diags) {
    // The advice already quotes the numbers that matter; the full evidence is
    // in the JSON, HTML and Markdown reports, so the terminal stays short.
    const lines = [p.strong(oneLine(d.title)), oneLine(d.advice)];
    t.pushBlock([p.severity(severityOf(d), w.severity[severityOf(d)]), lines.join('\n')]);
  }
  return t.toString();
}

function details(c: CodeReport, w: Words, p: Paint, lang: Lang): string {
  const sev = codeSeverity(c);
  const lines = [p.severity(sev, p.strong(oneLine(c.title) || c.code))];
  if (!c.documented) lines.push(p.label(w.undocumented));
  lines.push(`${p.label(`${w.retry}:`)} ${c.retry ? w.retryPolicy[c.retry] : w.retryUnknown}`);
  const top = c.endpoints[0];
  if (top) {
    const more = c.endpoints.length > 1 ? ` ${w.more(c.endpoints.length - 1)}` : '';
    lines.push(`${p.label(`${w.topEndpoint}:`)} ${oneLine(top.endpoint)} (${formatInt(top.count, lang)})${more}`);
  }
  if (c.messages.length > 0) {
    lines.push(p.label(`${w.messages}:`));
    for (const m of c.messages.slice(0, MAX_MESSAGES)) {
      lines.push(`- ×${formatInt(m.count, lang)} ${oneLine(m.message)}`);
    }
    if (c.messages.length > MAX_MESSAGES) lines.push(`- ${w.more(c.messages.length - MAX_MESSAGES)}`);
  }
  if (c.samples.length > 0) {
    const ids = c.samples
      .slice(0, MAX_SAMPLES)
      .map((s) => (s.requestId ? oneLine(s.requestId) : formatSource(s.source)));
    lines.push(`${p.label(`${w.samples}:`)} ${ids.join(', ')}`);
  }
  lines.push(`${p.label(`${w.seen}:`)} ${seenRange(c.firstSeen, c.lastSeen, w.none)}`);
  if (c.remedy) lines.push(`${p.label(`${w.remedy}:`)} ${oneLine(c.remedy)}`);
  return lines.join('\n');
}

/** One heading and table per level; every line fits `width`. */
export function renderLevelTables(report: Report, width: number, w: Words, p: Paint, lang: Lang): string[] {
  const out: string[] = [];
  for (const { level, codes } of levelsWithCodes(report)) {
    const summary = w.codesAtLevel(codes.length, formatInt(levelOccurrences(codes), lang));
    out.push(p.heading(fit(`${w.level[level]} · ${summary}`, width)));
    if (codes.length === 0) {
      const t = fittedTable(width, []);
      t.push([p.label(emptyLevelText(report, level, w, lang))]);
      out.push(t.toString(), '');
      continue;
    }
    const listed = codes.slice(0, MAX_TABLE_CODES);
    const codeCol = listed.map((c) => oneLine(c.code));
    const countCol = listed.map((c) => formatInt(c.count, lang));
    const exchCol = listed.map((c) => formatInt(c.exchanges, lang));
    const t = fittedTable(
      width,
      [
        { content: [w.code, ...codeCol], maxFixed: 12 },
        { content: [w.count, ...countCol] },
        { content: [w.calls, ...exchCol] },
      ],
      { head: [w.code, w.count, w.calls, w.title].map((h) => p.strong(h)), compact: true },
    );
    listed.forEach((c, i) => {
      const sev = codeSeverity(c);
      t.pushBlock([
        p.severity(sev, codeCol[i] ?? ''),
        { content: countCol[i] ?? '', hAlign: 'right' },
        { content: exchCol[i] ?? '', hAlign: 'right' },
        details(c, w, p, lang),
      ]);
    });
    const rest = codes.slice(MAX_TABLE_CODES);
    if (rest.length > 0) {
      const more = w.moreCodes(formatInt(rest.length, lang), formatInt(levelOccurrences(rest), lang));
      t.pushBlock([{ content: p.label(more), colSpan: 4 }]);
    }
    out.push(t.toString(), '');
  }
  return out;
}
