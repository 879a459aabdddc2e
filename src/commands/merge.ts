import { AppError } from '../errors.js';
import { msg } from '../errors/words.js';
import { PartMerger, reportOf } from '../pipeline/merge.js';
import { DEFAULTS } from '../pipeline/options.js';
import type { Report } from '../aggregate/report-model.js';
import { chooseFormat, parseLevels, parsePositiveInt, type AnalyzeFlags } from './analyze-options.js';
import type { ToolInfo } from './analyze.js';
import { exitCodeFor, parseLang, type Io } from './io.js';
import { renderOptionsFor, writeReport } from './write-report.js';
import { readReports } from './read-reports.js';
import { refuseOutputOnInput } from './output-is-input.js';

/**
 * `marketo-errors merge SOURCE...`: one report from the reports of parts.
 * A source is a report file, a directory of them, or `-` (reports on stdin);
 * each report is checked whole and folded in as it is read.
 */
export async function mergeCommand(sources: string[], flags: AnalyzeFlags, io: Io, tool: ToolInfo): Promise<number> {
  const lang = parseLang(flags.lang);
  const format = chooseFormat(flags, io.stdoutIsTTY);
  const failOn = parseLevels(flags.failOn, '--fail-on');
  const dailyQuota = parsePositiveInt(flags.dailyQuota, '--daily-quota') ?? DEFAULTS.dailyQuota;
  const merger = new PartMerger();
  const filters: Report['filters'] = {};
  refuseOutputOnInput('-o', flags.output, sources);
  for await (const { report } of readReports(sources.length > 0 ? sources : ['-'], io.stdin, 'merge')) {
    merger.addReport(report);
    Object.assign(filters, report.filters);
  }
  if (merger.empty) throw new AppError('USAGE', msg('mergeEmpty'));
  const report = reportOf(merger.finish(), { lang, tool, filters, dailyQuota });
  const opts = renderOptionsFor(io, flags, lang);
  await writeReport(io, format, report, opts, flags.output);
  return exitCodeFor(report, failOn);
}
