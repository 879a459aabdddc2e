import type { ReportFormatSpec, ResolvedRenderOptions } from './format-spec.js';
import { labelsText, metricFamilies } from './metrics.js';
import type { Report } from './model.js';

/** HELP text: backslash and line feed escaped, as the text exposition format wants. */
const help = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

/**
 * The Prometheus text exposition format (0.0.4), for a node_exporter textfile
 * collector or a Pushgateway: HELP and TYPE per family, counters ending in _total.
 */
export function renderPrometheus(report: Report, opts: ResolvedRenderOptions): string {
  const out: string[] = [];
  for (const f of metricFamilies(report, opts.lang)) {
    const name = f.type === 'counter' ? `${f.name}_total` : f.name;
    out.push(`# HELP ${name} ${help(f.help)}`, `# TYPE ${name} ${f.type}`);
    for (const s of f.samples) out.push(`${name}${labelsText(s.labels)} ${s.value}`);
  }
  return `${out.join('\n')}\n`;
}

export const prometheusFormat: ReportFormatSpec = {
  name: 'prometheus',
  help: 'Prometheus text format for a textfile collector or a Pushgateway (marketo_errors_* metrics)',
  extensions: ['prom'],
  render: renderPrometheus,
};
