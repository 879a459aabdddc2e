import { stringify } from 'csv-stringify/sync';
import type { CsvCell } from '../util/sanitize.js';
import { CSV_OPTIONS, safeRow } from './csv.js';
import type { Report } from './model.js';

// Identifiers for scripts, the same in every language, like the JSON keys.
export const JOB_COLUMNS = [
  'type',
  'id',
  'object',
  'last_status',
  'first_seen',
  'done_at',
  'duration_ms',
  'polls',
  'fast_polls',
  'rows_processed',
  'rows_failed',
  'rows_with_warning',
  'number_of_records',
  'file_size',
  'early_file_fetches',
  'message',
] as const;

export const INSTANCE_COLUMNS = ['kind', 'date', 'code', 'user', 'instance', 'log'] as const;

/** `--csv-rows jobs`: a row per bulk job the log shows. */
export function renderCsvJobs(report: Report): string {
  const rows: CsvCell[][] = [[...JOB_COLUMNS]];
  for (const j of report.jobs?.jobs ?? []) {
    rows.push(
      safeRow([
        j.type,
        j.id,
        j.object,
        j.lastStatus,
        j.firstSeen,
        j.doneAt,
        j.durationMs,
        j.polls,
        j.fastPolls,
        j.rowsProcessed,
        j.rowsFailed,
        j.rowsWithWarning,
        j.numberOfRecords,
        j.fileSize,
        j.earlyFileFetches,
        j.message,
      ]),
    );
  }
  return stringify(rows, CSV_OPTIONS);
}

/**
 * `--csv-rows instance`: Marketo's counts beside this log's, a row per day and
 * code (kind errors), per day (usage) and per day and API user (user; the log
 * column is empty: the log does not say which user it is).
 */
export function renderCsvInstance(report: Report): string {
  const rows: CsvCell[][] = [[...INSTANCE_COLUMNS]];
  const instance = report.instance;
  for (const e of instance?.errors ?? []) rows.push(safeRow(['errors', e.date, e.code, '', e.instance, e.log]));
  for (const u of instance?.usage ?? []) {
    rows.push(safeRow(['usage', u.date, '', '', u.total, u.log]));
    for (const user of u.users) rows.push(safeRow(['user', u.date, '', user.user, user.count, '']));
  }
  return stringify(rows, CSV_OPTIONS);
}
