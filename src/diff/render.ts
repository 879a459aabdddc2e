import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../catalog/types.js';
import { inertJson } from '../report/json.js';
import { mdText } from '../report/markdown.js';
import { clip, neutraliseCsvCell, oneLine } from '../util/sanitize.js';
import type { CodeDiff, ReportDiff } from './compare.js';
import type { FailMatch } from './fail-on.js';
import { diffWords, type DiffWords } from './words.js';

export const DIFF_FORMATS = ['table', 'json', 'markdown', 'csv'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** A code from a log as one short, inert line: it may be anything a log held. */
const codeText = (code: string): string => clip(oneLine(code), 40);
const fixed = (n: number): string => n.toFixed(2);
const signed = (share: number | null): string =>
  share === null ? '—' : `${share >= 0 ? '+' : ''}${Math.round(share * 1000) / 10}%`;
const sideText = (s: CodeDiff['base']): string => `${s.count} (${fixed(s.perThousand)})`;

function codeRow(c: CodeDiff, w: DiffWords): string[] {
  return [c.level, codeText(c.code), w.change[c.change], sideText(c.base), sideText(c.current), signed(c.shareChange)];
}

/** Rows of text as columns padded to their widest cell. */
function columns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}

function measureValue(v: number | null, w: DiffWords): string {
  return v === null ? w.notShown : String(v);
}

function renderTable(diff: ReportDiff, fired: FailMatch[], w: DiffWords): string {
  const lines = [w.title, w.runs(diff.base.calls, diff.current.calls)];
  if (!diff.base.complete || !diff.current.complete) lines.push(w.incomplete);
  const changed = diff.codes.filter((c) => c.change !== 'same');
  lines.push('', w.codesHeading);
  if (diff.codes.length === 0) lines.push(`  ${w.noCodes}`);
  else if (changed.length > 0)
    lines.push(...columns([[...w.codeColumns], ...changed.map((c) => codeRow(c, w))]).map((l) => `  ${l}`));
  if (diff.codes.length > changed.length) lines.push(`  ${w.unchanged(diff.codes.length - changed.length)}`);
  lines.push('', w.diagnosticsHeading);
  if (diff.diagnostics.length === 0) lines.push(`  ${w.noDiagnostics}`);
  for (const d of diff.diagnostics) lines.push(`  ${codeText(d.id)}: ${w.diagnostic[d.change]}`);
  lines.push('', w.measuresHeading);
  const measureRows = diff.measures.map((m) => [
    w.measure[m.id],
    measureValue(m.base, w),
    '→',
    measureValue(m.current, w),
  ]);
  lines.push(...columns(measureRows).map((l) => `  ${l}`));
  if (fired.length > 0) lines.push('', ...fired.map((f) => w.failed(f.rule, f.matched.map(codeText).join(', '))));
  return `${lines.join('\n')}\n`;
}

function renderMarkdown(diff: ReportDiff, fired: FailMatch[], w: DiffWords): string {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const out = [`# ${w.title}`, '', w.runs(diff.base.calls, diff.current.calls)];
  if (!diff.base.complete || !diff.current.complete) out.push('', `> ${w.incomplete}`);
  out.push('', `## ${w.codesHeading}`, '');
  const changed = diff.codes.filter((c) => c.change !== 'same');
  if (changed.length > 0) {
    out.push(row([...w.codeColumns]), row(w.codeColumns.map(() => '---')));
    for (const c of changed) out.push(row(codeRow(c, w).map(mdText)));
    out.push('');
  }
  out.push(diff.codes.length === 0 ? w.noCodes : w.unchanged(diff.codes.length - changed.length));
  out.push('', `## ${w.diagnosticsHeading}`, '');
  if (diff.diagnostics.length === 0) out.push(w.noDiagnostics);
  for (const d of diff.diagnostics) out.push(`- ${mdText(d.id)}: ${w.diagnostic[d.change]}`);
  out.push('', `## ${w.measuresHeading}`, '');
  for (const m of diff.measures)
    out.push(`- ${w.measure[m.id]}: ${measureValue(m.base, w)} → ${measureValue(m.current, w)}`);
  if (fired.length > 0) out.push('', ...fired.map((f) => `- **${mdText(w.failed(f.rule, f.matched.join(', ')))}**`));
  return `${out.join('\n')}\n`;
}

/** One row per code (one kind of row, so the count columns can be summed). */
function renderCsv(diff: ReportDiff): string {
  const header = [
    'level',
    'code',
    'change',
    'base_count',
    'base_per_1000_calls',
    'current_count',
    'current_per_1000_calls',
    'share_change',
  ];
  const rows = diff.codes.map((c) => [
    c.level,
    c.code,
    c.change,
    c.base.count,
    c.base.perThousand,
    c.current.count,
    c.current.perThousand,
    c.shareChange ?? '',
  ]);
  return stringify([header, ...rows.map((r) => r.map(neutraliseCsvCell))]);
}

export function renderDiff(format: DiffFormat, diff: ReportDiff, fired: FailMatch[], lang: Lang): string {
  const w = diffWords(lang);
  switch (format) {
    case 'json':
      return inertJson({ kind: 'marketo-errors-diff', schemaVersion: 1, ...diff, failOn: fired });
    case 'markdown':
      return renderMarkdown(diff, fired, w);
    case 'csv':
      return renderCsv(diff);
    case 'table':
      return renderTable(diff, fired, w);
  }
}
