import type { Lang } from '../catalog/types.js';
import { renderCsv } from './csv.js';
import type { FindingRow } from './finding-row.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderNdjson } from './ndjson.js';
import type { Report } from './model.js';
import { renderTable } from './table.js';

export type ReportFormat = 'table' | 'json' | 'csv' | 'markdown' | 'html' | 'ndjson';
export const REPORT_FORMATS: readonly ReportFormat[] = ['table', 'json', 'csv', 'markdown', 'html', 'ndjson'];

/** Everything any format may need; each reporter reads only its part. */
export interface RenderOptions {
  lang: Lang;
  /** table: colour through chalk (default false). */
  color?: boolean;
  /** table: terminal columns (default 100). */
  width?: number;
  /** table: malformed lines listed per input. */
  maxMalformed?: number;
}

const DEFAULT_WIDTH = 100;

/** The report in the chosen format, as one string ending in a newline. */
export function render(format: ReportFormat, report: Report, opts: RenderOptions): string {
  switch (format) {
    case 'table':
      return renderTable(report, {
        color: opts.color ?? false,
        width: opts.width ?? DEFAULT_WIDTH,
        lang: opts.lang,
        ...(opts.maxMalformed !== undefined ? { maxMalformed: opts.maxMalformed } : {}),
      });
    case 'json':
      return renderJson(report);
    case 'csv':
      return renderCsv(report);
    case 'markdown':
      return renderMarkdown(report, { lang: opts.lang });
    case 'html':
      return renderHtml(report, { lang: opts.lang });
    case 'ndjson':
      return renderNdjson(report);
  }
}

export { renderCsv, renderHtml, renderJson, renderMarkdown, renderTable };
export type { FindingRow, Report };
