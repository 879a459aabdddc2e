import { AppError, EXIT } from '../errors.js';
import { parseFieldMap } from '../normalise/field-map.js';
import { templatePath } from '../normalise/marketo-url.js';
import { normaliseOptions } from '../pipeline/options.js';
import { runAnalysis } from '../pipeline/run.js';
import { render, type FindingRow } from '../report/index.js';
import { stripControl } from '../util/sanitize.js';
import { chooseFormat, parseLevels, parseList, parsePositiveInt, parseTime, type AnalyzeFlags } from './analyze-options.js';
import { parseLang, useColor, writeOutput, type Io } from './io.js';
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

  const findingRows: FindingRow[] = [];
  const wantRows = format === 'csv' && flags.csvRows === 'findings';
  const bar = io.stderrIsTTY && !flags.quiet ? new ProgressBar(io.stderr, io.columns) : undefined;
  const problems: string[] = [];
  const analyzer = await runAnalysis(paths, io.stdin, options, {
    onProgress: bar ? (p) => bar.update(p) : undefined,
    onInputProblem: (name, message) => problems.push(message.startsWith(name) ? message : `${name}: ${message}`),
    onExchange: wantRows
      ? (exchange, classified) => {
          for (const f of classified.findings) {
            const row: FindingRow = {
              level: f.level,
              code: f.code,
              message: f.message,
              params: f.params,
              requestId: exchange.requestId ?? null,
              endpoint: exchange.path ? templatePath(exchange.path) : undefined,
              time: exchange.startedAt === undefined ? null : new Date(exchange.startedAt).toISOString(),
              source: exchange.source,
            };
            if (f.recordIndex !== undefined) row.recordIndex = f.recordIndex;
            findingRows.push(row);
          }
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
  const text = render(format, report, {
    lang,
    color: useColor(io, flags.color, toFile),
    width: io.columns,
    csvRows: wantRows ? 'findings' : 'codes',
    findings: findingRows,
  });
  await writeOutput(io, text, flags.output);

  for (const problem of problems) io.stderr.write(`marketo-errors: ${stripControl(problem)}\n`);
  if (!report.complete) return EXIT.incomplete;
  if (failOn && failOn.some((level) => report.levels[level].codes.length > 0)) return EXIT.findings;
  return EXIT.ok;
}
