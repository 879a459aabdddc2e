import type { Report } from '../../src/aggregate/report-model.js';
import type { InputFormat } from '../../src/input/source.js';
import { Analyzer } from '../../src/pipeline/analyzer.js';
import { type Filters, normaliseOptions } from '../../src/pipeline/options.js';

/** The report of `lines` read as one input of `format`, in process (English, no filters unless given). */
export function analyseLines(format: InputFormat, lines: string[], name = 'app.log', filters: Filters = {}): Report {
  return analyseBytes(
    lines.map((line) => Buffer.from(line)),
    format,
    name,
    filters,
  );
}

/** The same for lines given as bytes (a line need not be UTF-8). */
export function analyseBytes(
  lines: Buffer[],
  format: InputFormat = 'text',
  name = 'app.log',
  filters: Filters = {},
): Report {
  const analyzer = new Analyzer(normaliseOptions({ filters }));
  const input = analyzer.startInput(name, format, false);
  for (const [i, line] of lines.entries()) analyzer.line(input, line, i + 1);
  analyzer.finishInput(input);
  return analyzer.report({ lang: 'en', tool: { name: 't', version: '0' }, filters: {} });
}

/** [code, count] of one level of a report, in the report's order. */
export function codeCounts(report: Report, level: 'http' | 'response' | 'record'): Array<[string, number]> {
  return report.levels[level].codes.map((c) => [c.code, c.count]);
}
