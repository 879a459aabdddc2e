import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import { stringify } from 'csv-stringify/sync';
import type { CatalogEntry, Lang, RetryPolicy } from '../../catalog/types.js';
import { maxOf } from '../numbers.js';
import { CODES_WORDS } from './words.js';
import { CSV_COLUMNS, toCodeRow, type CodeRow } from './rows.js';

export type CodesFormat = 'table' | 'json' | 'csv' | 'markdown';

export interface RenderCodesOptions {
  format: CodesFormat;
  lang: Lang;
  /** Only the table uses colour; json, csv and markdown never carry escape codes. */
  color: boolean;
  /** Terminal width in columns; the table wraps its text columns to fit. */
  width?: number;
}

/** Renders a list of catalog entries for `marketo-errors codes`. */
export function renderCodes(entries: readonly CatalogEntry[], options: RenderCodesOptions): string {
  const rows = entries.map((e) => toCodeRow(e, options.lang));
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'csv':
      return renderCsv(rows);
    case 'markdown':
      return renderMarkdown(rows, options.lang);
    case 'table':
      return renderTable(rows, options);
  }
}

function renderCsv(rows: readonly CodeRow[]): string {
  const records = rows.map((row) =>
    CSV_COLUMNS.map((key) => {
      const value = row[key];
      if (Array.isArray(value)) return value.join(' | ');
      return typeof value === 'boolean' ? String(value) : value;
    }),
  );
  return stringify(records, { header: true, columns: [...CSV_COLUMNS] });
}

/** Escapes a value for one cell of a pipe table: pipes would split the cell, newlines the row. */
export function markdownCell(value: string): string {
  return value.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/\r?\n/gu, '<br>');
}

function renderMarkdown(rows: readonly CodeRow[], lang: Lang): string {
  const w = CODES_WORDS[lang];
  const head = [w.code, w.level, w.title, w.meaning, w.remedy, w.retry, w.countsAgainstQuota];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of rows) {
    const cells = [
      row.code,
      w.levels[row.level],
      row.title,
      row.meaning,
      row.remedy,
      row.retryLabel,
      row.countsAgainstQuota ? w.yes : w.no,
    ];
    lines.push(`| ${cells.map(markdownCell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Colour of a retry policy: waiting helps (yellow), a change is needed (red), only Marketo can help (magenta). */
export function retryColour(chalk: ChalkInstance, policy: RetryPolicy): (s: string) => string {
  if (policy === 'contact-support') return chalk.magenta;
  if (policy.startsWith('fix-')) return chalk.red;
  return chalk.yellow;
}

function renderTable(rows: readonly CodeRow[], options: RenderCodesOptions): string {
  const w = CODES_WORDS[options.lang];
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const head = [w.code, w.level, w.title, w.retry, w.quotaShort];
  const body = rows.map((row) => [
    chalk.bold(row.code),
    w.levels[row.level],
    row.title,
    retryColour(chalk, row.retry)(row.retryLabel),
    row.countsAgainstQuota ? w.yes : chalk.green(w.no),
  ]);
  const table = new Table({
    head: head.map((h) => chalk.bold(h)),
    // cli-table3 colours through its own library, which decides from the environment: switch it off.
    style: { head: [], border: [] },
    ...fitColumns(head, rows, [...Object.values(w.levels)], [w.yes, w.no], options.width),
  });
  table.push(...body);
  return `${table.toString()}\n`;
}

/** Widths that make the table fit `width`: code, level and quota keep their size, title and retry share the rest. */
function fitColumns(
  head: readonly string[],
  rows: readonly CodeRow[],
  levelNames: string[],
  quotaValues: string[],
  width: number | undefined,
): { colWidths?: number[]; wordWrap?: boolean } {
  if (width === undefined || !Number.isFinite(width) || width <= 0) return {};
  const padded = (values: string[]) =>
    maxOf(
      values.map((v) => v.length),
      0,
    ) + 2;
  const code = padded([head[0] ?? '', ...rows.map((r) => r.code)]);
  const level = padded([head[1] ?? '', ...levelNames]);
  const quota = padded([head[4] ?? '', ...quotaValues]);
  const borders = head.length + 1;
  const rest = Math.max(24, Math.floor(width) - borders - code - level - quota);
  const title = Math.max(12, Math.floor(rest * 0.55));
  const retry = Math.max(12, rest - title);
  return { colWidths: [code, level, title, retry, quota], wordWrap: true };
}
