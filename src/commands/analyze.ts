import { AppError } from '../errors.js';
import { FieldMapError, parseFieldMap, type FieldMap } from '../normalise/field-map.js';
import { normaliseOptions } from '../pipeline/options.js';
import { runAnalysis } from '../pipeline/run.js';
import { csvFindingLine, csvFindingsHeader } from '../report/csv.js';
import { toFindingRows } from '../report/finding-row.js';
import { render } from '../report/index.js';
import type { Report } from '../report/model.js';
import type { Lang } from '../catalog/types.js';
import { commandWords } from './words.js';
import type { InputFormat } from '../input/source.js';
import { stripControl } from '../util/sanitize.js';
import { chooseFormat, parseLevels, parseList, parsePositiveInt, parseTime, type AnalyzeFlags } from './analyze-options.js';
import { exitCodeFor, openTextSink, parseLang, useColor, writeOutput, type Io } from './io.js';
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
  if (flags.inputFormat !== undefined && !['ndjson', 'har', 'json', 'text'].includes(flags.inputFormat)) {
    throw new AppError('BAD_OPTION', `--input-format takes ndjson, har, json or text, not "${flags.inputFormat}"`);
  }
  const since = parseTime(flags.since, '--since');
  const until = parseTime(flags.until, '--until');
  if (since !== undefined && until !== undefined && since >= until) {
    throw new AppError('BAD_OPTION', `--since (${flags.since}) must come before --until (${flags.until})`);
  }
  const options = normaliseOptions({
    lang,
    showRecords: flags.showRecords === true,
    inputFormat: flags.inputFormat as InputFormat | undefined,
    fieldMap: flags.field && flags.field.length > 0 ? fieldMapOf(flags.field) : undefined,
    dailyQuota: parsePositiveInt(flags.dailyQuota, '--daily-quota'),
    jobs: parsePositiveInt(flags.jobs, '--jobs'),
    filters: {
      levels: parseLevels(flags.level, '--level'),
      codes: parseList(flags.code),
      since,
      until,
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

  if (!flags.quiet && format !== 'table') problems.push(...skippedLines(report, lang));
  for (const problem of problems) io.stderr.write(`marketo-errors: ${stripControl(problem)}\n`);
  return exitCodeFor(report, failOn);
}

function fieldMapOf(specs: string[]): FieldMap {
  try {
    return parseFieldMap(specs);
  } catch (error) {
    if (error instanceof FieldMapError) throw new AppError('BAD_OPTION', `--field ${error.spec}: ${error.message}`);
    throw error;
  }
}

/** One line per input with skipped lines, for when the report goes to a file or a pipe. */
function skippedLines(report: Report, lang: Lang): string[] {
  const w = commandWords(lang);
  const out: string[] = [];
  for (const i of report.inputs) {
    if (i.malformedCount > 0) out.push(w.skippedLines(i.name, i.malformedCount, i.malformed.slice(0, 3).map((m) => m.line)));
    for (const o of i.oversized) out.push(w.oversizedLine(i.name, o.line, o.bytes));
  }
  return out;
}
