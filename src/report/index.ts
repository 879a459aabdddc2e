import { renderCsv } from './csv.js';
import type { FindingRow } from './finding-row.js';
import { renderDefaults, type RenderOptions } from './format-spec.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './model.js';
import { formatNamed, formatNames } from './registry.js';
import { renderTable } from './table.js';

/** A format's name as the registry lists it. */
export type ReportFormat = string;

export const REPORT_FORMATS: readonly ReportFormat[] = formatNames();

/** The report in the named format, as one string ending in a newline. */
export function render(format: ReportFormat, report: Report, opts: RenderOptions): string {
  const spec = formatNamed(format);
  if (!spec) throw new Error(`no report format named ${format}`);
  return spec.render(report, renderDefaults(opts));
}

export { renderCsv, renderHtml, renderJson, renderMarkdown, renderTable };
export type { FindingRow, RenderOptions, Report };
