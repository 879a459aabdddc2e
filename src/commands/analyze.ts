import { AppError, EXIT } from '../errors.js';
import { parseFieldMap } from '../normalise/field-map.js';
import { normaliseOptions } from '../pipeline/options.js';
import { runAnalysis } from '../pipeline/run.js';
import { csvFindingLine, csvFindingsHeader } from '../report/csv.js';
import { toFindingRows } from '../report/finding-row.js';
import { render } from '../report/index.js';
import { stripControl } from '../util/sanitize.js';
import { chooseFormat, parseLevels, parseList, parsePositiveInt, parseTime, type AnalyzeFlags } from './analyze-options.js';
import { openTextSink, parseLang, useColor, writeOutput, type Io } from './io.js';
import { ProgressBar } from './progress.js';

export interface ToolInfo {
  name: string;
  version: string;
}

/** `marketo-errors analyze [files...]`: returns the exit code. */
export async function analyzeCommand(files: string[], flags: AnalyzeFlags, io: Io, tool: ToolInfo): Promise<number> {
  const lang = parseLang(flags.lang);
  const format = chooseFormat(flags, io.stdoutIsTTY);
  const failOn = parseLevels(flags.failOn, '--fail-on');
  if (flags.csvRows !== undefined && flags.csvRows !== 'codes' && flags.csvRows !== 'findings') {
    throw new AppError('BAD_OPTION', `--csv-rows takes codes or findings, not "${flags.csvRows}"`);
  }
  if (flags.inputFormat !== undefined && flags.inputFormat !== 'ndjson' && flags.inputFormat !== 'har') {
    throw new AppError('BAD_OPTION', `--input-format takes ndjson or har, not "${flags.inputFormat}"`);
  }
  const options = normaliseOptions({
    lang,
    showRecords: flags.showRecords === true,
    inputFormat: flags.inputFormat as 'ndjson' | 'har' | undefined,
    fieldMap: flags.field && flags.field.length > 0 ? parseFieldMap(flags.field) : undefined,
    dailyQuota: parsePositiveInt(flags.dailyQuota, '--daily-quota'),
    jobs: parsePositiveInt(flags.jobs, '--jobs'),
    filters: {
      levels: parseLevels(flags.level, '--level'),
      codes: parseList(flags.code),
      since: parseTime(flags.since, '--since'),
      until: parseTime(flags.until, '--until'),
      endpoint: flags.endpoint,
    },
  });

  const paths = files.length > 0 ? files : ['-'];
  if (files.length === 0 && io.stdinIsTTY) {
    throw new AppError('NO_INPUT', 'no input: name one or more log files, or pipe a log into stdin (see --help)');
  }

  const wantRows = format === 'csv' && flags.csvRows === 'findings';
  // Finding rows stream to the output as they are found: a huge log never holds them all.
  const rows = wantRows ? await openTextSink(io, flags.output) : undefined;
  rows?.write(csvFindingsHeader());
  const bar = io.stderrIsTTY && !flags.quiet ? new ProgressBar(io.stderr, io.columns) : undefined;
  const problems: string[] = [];
  const analyzer = await runAnalysis(paths, io.stdin, options, {
    onProgress: bar ? (p) => bar.update(p) : undefined,
    onInputProblem: (name, message) => problems.push(message.startsWith(name) ? message : `${name}: ${message}`),
    onExchange: rows
      ? (exchange, classified) => {
          for (const row of toFindingRows(exchange, classified.findings)) rows.write(csvFindingLine(row));
        }
      : undefined,
  });
  bar?.clear();

  const filters: Record<string, string | string[]> = {};
  for (const key of ['level', 'code', 'since', 'until', 'endpoint'] as const) {
    if (flags[key] !== undefined) filters[key] = flags[key]!;
  }
  const report = analyzer.report({ lang, tool, filters });
  const toFile = flags.output !== undefined && flags.output !== '-';
  if (rows) await rows.end();
  else await writeOutput(io, render(format, report, { lang, color: useColor(io, flags.color, toFile), width: io.columns }), flags.output);

  for (const problem of problems) io.stderr.write(`marketo-errors: ${stripControl(problem)}\n`);
  if (!report.complete) return EXIT.incomplete;
  if (failOn && failOn.some((level) => report.levels[level].codes.length > 0)) return EXIT.findings;
  return EXIT.ok;
}
