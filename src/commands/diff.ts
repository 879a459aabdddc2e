import { compareReports } from '../diff/compare.js';
import { firedRules, parseFailRules } from '../diff/fail-on.js';
import { DIFF_FORMATS, renderDiff, type DiffFormat } from '../diff/render.js';
import { AppError, EXIT } from '../errors.js';
import { msg } from '../errors/words.js';
import type { Report } from '../aggregate/report-model.js';
import { parseLang, writeOutput, type Io } from './io.js';
import { readReports } from './read-reports.js';

export interface DiffFlags {
  format?: string;
  output?: string;
  lang?: string;
  failOn?: string;
}

const EXTENSIONS: Record<string, DiffFormat> = {
  json: 'json',
  md: 'markdown',
  markdown: 'markdown',
  csv: 'csv',
  txt: 'table',
};

function diffFormat(flags: DiffFlags, stdoutIsTTY: boolean): DiffFormat {
  if (flags.format !== undefined) {
    if (!(DIFF_FORMATS as readonly string[]).includes(flags.format)) {
      throw new AppError(
        'BAD_OPTION',
        msg('takesOneOf', { flag: 'diff --format', choices: DIFF_FORMATS, value: String(flags.format) }),
      );
    }
    return flags.format as DiffFormat;
  }
  const ext = flags.output && flags.output !== '-' ? /\.([a-z]+)$/i.exec(flags.output)?.[1]?.toLowerCase() : undefined;
  if (ext && EXTENSIONS[ext]) return EXTENSIONS[ext];
  return stdoutIsTTY && !flags.output ? 'table' : 'json';
}

/** The one report in a file (or stdin), checked whole. */
async function oneReport(source: string, io: Io): Promise<Report> {
  let found: Report | undefined;
  for await (const { name, report } of readReports([source], io.stdin, 'diff')) {
    if (found) throw new AppError('BAD_REPORT', msg('manyReports', { name, source }));
    found = report;
  }
  if (!found) throw new AppError('BAD_REPORT', msg('noReport', { source }));
  return found;
}

/** `marketo-errors diff BASE.json CURRENT.json`: what got better or worse; exit 1 when a --fail-on rule fires. */
export async function diffCommand(base: string, current: string, flags: DiffFlags, io: Io): Promise<number> {
  const lang = parseLang(flags.lang);
  const format = diffFormat(flags, io.stdoutIsTTY);
  const rules = parseFailRules(flags.failOn);
  if (base === '-' && current === '-') throw new AppError('BAD_OPTION', msg('diffStdin'));
  const diff = compareReports(await oneReport(base, io), await oneReport(current, io));
  const fired = firedRules(diff, rules);
  await writeOutput(io, renderDiff(format, diff, fired, lang), flags.output);
  return fired.length > 0 ? EXIT.findings : EXIT.ok;
}
