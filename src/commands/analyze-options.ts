import type { Level } from '../catalog/types.js';
import { LEVELS } from '../catalog/types.js';
import { AppError } from '../errors.js';
import { msg } from '../errors/words.js';
import { onCalendar } from '../normalise/epoch.js';
import { CSV_ROWS, type CsvRows, type ReportFormatSpec } from '../report/format-spec.js';
import { formatForFile, formatNamed, formatNames } from '../report/registry.js';

/** Flags of `analyze` as commander hands them over, before checking. */
export interface AnalyzeFlags {
  format?: string;
  output?: string;
  lang?: string;
  level?: string;
  code?: string;
  since?: string;
  until?: string;
  endpoint?: string;
  instance?: string;
  failOn?: string;
  csvRows?: string;
  showRecords?: boolean;
  inputFormat?: string;
  field?: string[];
  dailyQuota?: string;
  quiet?: boolean;
  color?: boolean;
  jobs?: string;
  maxBytes?: string;
  follow?: boolean;
  refresh?: string;
  state?: string;
  alert?: string[];
  alertExec?: string;
  exitOnAlert?: boolean;
  /** json: the report on one line. */
  compact?: boolean;
  byteRange?: string;
  shard?: string;
}

export function parseList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

export function parseLevels(value: string | undefined, flag: string): Level[] | undefined {
  const items = parseList(value);
  if (!items) return undefined;
  for (const item of items) {
    if (!(LEVELS as readonly string[]).includes(item)) {
      throw new AppError('BAD_OPTION', msg('takesLevels', { flag, value: item }));
    }
  }
  return items as Level[];
}

const BYTE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A byte count: digits with an optional K, M or G (binary) suffix. */
export function parseByteSize(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)([kmg]?)$/i.exec(value.trim());
  const bytes = match ? Number(match[1]) * BYTE_UNITS[match[2]!.toLowerCase()]! : 0;
  if (!(bytes >= 1 && Number.isSafeInteger(bytes))) {
    throw new AppError('BAD_OPTION', msg('takesBytes', { flag, value }));
  }
  return bytes;
}

/** ISO dates and times; a bare date is the start of that day in UTC. */
export function parseTime(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  // Date.parse rolls a day the month does not have (2026-02-30) over into the next month.
  const ms = onCalendar(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new AppError('BAD_OPTION', msg('takesTime', { flag, value }));
  return ms;
}

/** --format wins; else the -o file's extension; else table on a terminal and JSON in a pipe. */
export function chooseFormat(flags: AnalyzeFlags, stdoutIsTTY: boolean): ReportFormatSpec {
  if (flags.format !== undefined) {
    const named = formatNamed(flags.format);
    const choices = formatNames();
    if (!named) throw new AppError('BAD_OPTION', msg('takesOneOf', { flag: '--format', choices, value: flags.format }));
    return named;
  }
  const byExtension = flags.output && flags.output !== '-' ? formatForFile(flags.output) : undefined;
  if (byExtension) return byExtension;
  return formatNamed(stdoutIsTTY && !flags.output ? 'table' : 'json')!;
}

export function parseCsvRows(value: string | undefined): CsvRows | undefined {
  if (value === undefined) return undefined;
  if (!(CSV_ROWS as readonly string[]).includes(value)) {
    throw new AppError('BAD_OPTION', msg('takesOneOf', { flag: '--csv-rows', choices: CSV_ROWS, value }));
  }
  return value as CsvRows;
}

export function parsePositiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new AppError('BAD_OPTION', msg('takesWholeNumber', { flag, value }));
  return n;
}
