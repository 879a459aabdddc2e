import { csvFormat } from './csv.js';
import type { ReportFormatSpec } from './format-spec.js';
import { htmlFormat } from './html.js';
import { jsonFormat } from './json.js';
import { markdownFormat } from './markdown.js';
import { openMetricsFormat } from './openmetrics.js';
import { prometheusFormat } from './prometheus.js';
import { ndjsonFormat } from './ndjson.js';
import { sarifFormat } from './sarif.js';
import { githubFormat } from './github.js';
import { junitFormat } from './junit.js';
import { tableFormat } from './table.js';

/**
 * Every report format, one line each. `--format`, the `-o` extensions and
 * the help text are read from here: a new format is its file plus a line.
 */
export const FORMATS: readonly ReportFormatSpec[] = [
  tableFormat,
  jsonFormat,
  csvFormat,
  markdownFormat,
  htmlFormat,
  githubFormat,
  junitFormat,
  sarifFormat,
  prometheusFormat,
  openMetricsFormat,
  ndjsonFormat,
];

export function formatNames(): string[] {
  return FORMATS.map((f) => f.name);
}

export function formatNamed(name: string): ReportFormatSpec | undefined {
  return FORMATS.find((f) => f.name === name);
}

/** The format a file name's extension chooses (report.MD: markdown), if any. */
export function formatForFile(file: string): ReportFormatSpec | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : FORMATS.find((f) => f.extensions.includes(ext));
}

/** "a, b or c": the names as the help and the error messages list them. */
export function formatChoices(): string {
  const names = formatNames();
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** The Formats section of --help: a line per format with its -o extensions (title and lines in another language). */
export function formatsHelp(
  title = 'Formats (--format, or from the -o extension):',
  helpOf: (f: ReportFormatSpec) => string = (f) => f.help,
): string {
  const width = FORMATS.reduce((w, f) => Math.max(w, f.name.length), 0);
  const lines = FORMATS.map((f) => {
    const extensions = f.extensions.map((e) => `*.${e}`).join(', ');
    return `  ${f.name.padEnd(width)}  ${helpOf(f)}${extensions ? ` (-o ${extensions})` : ''}`;
  });
  return `${title}\n${lines.join('\n')}`;
}
