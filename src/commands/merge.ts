import { readFile } from 'node:fs/promises';
import { AppError } from '../errors.js';
import { asReport, mergeReports } from '../pipeline/merge.js';
import { renderDefaults } from '../report/format-spec.js';
import { chooseFormat, parseLevels, parsePositiveInt, type AnalyzeFlags } from './analyze-options.js';
import type { ToolInfo } from './analyze.js';
import { exitCodeFor, parseLang, useColor, type Io } from './io.js';
import { writeReport } from './write-report.js';

/** `marketo-errors merge a.json b.json ...`: one report from the reports of parts. */
export async function mergeCommand(files: string[], flags: AnalyzeFlags, io: Io, tool: ToolInfo): Promise<number> {
  const lang = parseLang(flags.lang);
  const format = chooseFormat(flags, io.stdoutIsTTY);
  const failOn = parseLevels(flags.failOn, '--fail-on');
  const reports = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new AppError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', `${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new AppError('BAD_REPORT', `${file} is not JSON; merge takes reports written by \`analyze --format json\``);
    }
    reports.push(asReport(parsed, file));
  }
  const report = mergeReports(reports, { lang, tool, filters: {}, dailyQuota: parsePositiveInt(flags.dailyQuota, '--daily-quota') ?? 50_000 });
  const toFile = flags.output !== undefined && flags.output !== '-';
  const opts = renderDefaults({ lang, color: useColor(io, flags.color, toFile), width: io.columns, env: io.env, ...(io.cwd !== undefined ? { cwd: io.cwd } : {}) });
  await writeReport(io, format, report, opts, flags.output);
  return exitCodeFor(report, failOn);
}
