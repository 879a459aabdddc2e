import { AppError } from '../errors.js';
import { msg } from '../errors/words.js';
import { PartMerger, reportOf } from '../pipeline/merge.js';
import { DEFAULTS } from '../pipeline/options.js';
import { renderDefaults } from '../report/format-spec.js';
import type { Report } from '../aggregate/report-model.js';
import { chooseFormat, parseLevels, parsePositiveInt, type AnalyzeFlags } from './analyze-options.js';
import type { ToolInfo } from './analyze.js';
import { exitCodeFor, parseLang, useColor, type Io } from './io.js';
import { writeReport } from './write-report.js';
import { readReports } from './read-reports.js';

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
  for await (const { report } of readReports(sources.length > 0 ? sources : ['-'], io.stdin, 'merge')) {
    merger.addReport(report);
    Object.assign(filters, report.filters);
  }
  if (merger.empty) throw new AppError('USAGE', msg('mergeEmpty'));
  const report = reportOf(merger.finish(), { lang, tool, filters, dailyQuota });
  const toFile = flags.output !== undefined && flags.output !== '-';
  const opts = renderDefaults({
    lang,
    color: useColor(io, flags.color, toFile),
    width: io.columns,
    env: io.env,
    compact: flags.compact === true,
    ...(io.cwd !== undefined ? { cwd: io.cwd } : {}),
  });
  await writeReport(io, format, report, opts, flags.output);
  return exitCodeFor(report, failOn);
}
