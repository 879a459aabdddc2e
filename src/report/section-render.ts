import { escapeHtml, oneLine } from '../util/sanitize.js';
import type { ReportSection } from './sections.js';
import { fit, fittedTable, type Paint } from './table-layout.js';

/**
 * The jobs and instance sections in each human format. Cells hold text from
 * the input, so each writer escapes them the way its format escapes log text.
 */

/** Markdown: a heading, a table, the notes as a list. `text` is markdown.ts's escaper. */
export function sectionMarkdown(s: ReportSection, text: (s: string) => string): string[] {
  const align = s.columns.map((_, i) => (s.numeric.includes(i) ? '---:' : '---'));
  const out = [`## ${text(s.title)}`, '', `| ${s.columns.map(text).join(' | ')} |`, `| ${align.join(' | ')} |`];
  for (const row of s.rows) out.push(`| ${row.map((c) => text(c) || ' ').join(' | ')} |`);
  out.push('');
  if (s.notes.length > 0) out.push(...s.notes.map((note) => `- ${text(note)}`), '');
  return out;
}

const h = (text: string): string => escapeHtml(oneLine(text));

/** HTML: a section with a table; every cell escaped. */
export function sectionHtml(s: ReportSection): string {
  const cls = (i: number): string => (s.numeric.includes(i) ? ' class="num"' : '');
  const head = s.columns.map((c, i) => `<th${cls(i)}>${h(c)}</th>`).join('');
  const rows = s.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${h(c)}</td>`).join('')}</tr>`);
  const notes = s.notes.length > 0 ? `<ul class="small">${s.notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>` : '';
  return (
    `<section class="${s.id}"><h2>${h(s.title)}</h2>` +
    `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>${notes}</section>`
  );
}

/** Terminal: a row per line, its first cell as the label and the others as "column: value" facts. */
export function sectionTable(s: ReportSection, width: number, p: Paint): string {
  const rows = s.rows.map((r): [string, string] => [
    oneLine(r[0] ?? ''),
    r
      .slice(1)
      .map((c, i) => (c === '' ? '' : `${s.columns[i + 1]}: ${oneLine(c)}`))
      .filter(Boolean)
      .join(' · '),
  ]);
  for (const note of s.notes) rows.push(['', oneLine(note)]);
  const table = fittedTable(width, [{ content: rows.map((r) => r[0]), maxFixed: Math.floor(width / 3) }], {
    compact: true,
  });
  for (const row of rows) table.pushBlock(row);
  return `${p.heading(fit(s.title, width))}\n${table.toString()}\n`;
}
