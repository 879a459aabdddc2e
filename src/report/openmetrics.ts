import type { ReportFormatSpec, ResolvedRenderOptions } from './format-spec.js';
import { labelsText, metricFamilies } from './metrics.js';
import type { Report } from './model.js';

/** HELP text: backslash, line feed and double quote escaped, as OpenMetrics wants. */
const help = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

/**
 * OpenMetrics 1.0 text: a counter family is named without _total in its TYPE
 * and HELP lines and its samples carry _total; the exposition ends in # EOF.
 */
export function renderOpenMetrics(report: Report, opts: ResolvedRenderOptions): string {
  const out: string[] = [];
  for (const f of metricFamilies(report, opts.lang)) {
    out.push(`# TYPE ${f.name} ${f.type}`, `# HELP ${f.name} ${help(f.help)}`);
    const sample = f.type === 'counter' ? `${f.name}_total` : f.name;
    for (const s of f.samples) out.push(`${sample}${labelsText(s.labels)} ${s.value}`);
  }
  return `${out.join('\n')}\n# EOF\n`;
}

export const openMetricsFormat: ReportFormatSpec = {
  name: 'openmetrics',
  help: 'OpenMetrics 1.0 text, the same metrics as prometheus',
  extensions: [],
  render: renderOpenMetrics,
};
