import { matchBulkReason } from '../catalog/bulk-reason.js';
import { findEntry } from '../catalog/index.js';
import type { Finding } from '../classify/finding.js';
import { recordKeyOf } from '../classify/record-key.js';
import { reportText } from '../redact/index.js';
import { clip } from '../util/sanitize.js';

/** What a failed row's value looks like, never the value itself (it is personal data). */
export type ValueKind = 'empty' | 'number' | 'date' | 'email' | 'boolean' | 'text' | 'no-column';

export interface BulkRowResult {
  finding: Finding;
  /** The catalog template the reason matched, or the reason itself. */
  template: string;
  /** The field the reason names, when it names one. */
  field?: string;
  /** The kind of value the row holds in that field's column. */
  valueKind?: ValueKind;
}

const MAX_REASON_CHARS = 1000;
const MAX_KEY_CHARS = 200;

/** Column names that carry a lead's email in an import file, REST name or display name. */
const EMAIL_COLUMN = /^(?:email|e-?mail(?: address)?)$/i;

/**
 * One data row of a failure or warning file as a record-level finding: the
 * last column is Marketo's reason, the others are the row as it was imported.
 * `row` is the row's 1-based place after the header.
 */
export function bulkRowFinding(
  header: readonly string[],
  fields: readonly string[],
  row: number,
  showRecords: boolean,
): BulkRowResult {
  // Log text like any other: no secret, no control (a reason may echo the row: 'password: x rejected').
  const raw = clip(reportText((fields[fields.length - 1] ?? '').trim()), MAX_REASON_CHARS);
  // A reason may quote the row's own values (an email): personal data, named only with --show-records.
  const reason = showRecords ? raw : maskRowValues(raw, header, fields);
  const match = matchBulkReason(reason);
  const finding: Finding = {
    level: 'record',
    code: match.code,
    message: reason,
    params: match.params,
    documented: findEntry(match.code, 'record') !== undefined && match.reason !== undefined,
    recordIndex: row,
  };
  if (showRecords) {
    const key = rowKey(header, fields);
    if (key !== undefined) finding.recordKey = clip(reportText(key), MAX_KEY_CHARS);
  }
  const result: BulkRowResult = { finding, template: match.template };
  const fieldParam = match.reason?.fieldParam;
  if (fieldParam !== undefined && match.params[fieldParam]) {
    const field = clip(match.params[fieldParam]!, 100);
    result.field = field;
    const column = columnOf(header, field);
    result.valueKind = column < 0 ? 'no-column' : valueKind(fields[column] ?? '');
  }
  return result;
}

const MIN_MASKED_CHARS = 3;
const EMAIL_LIKE = /[^\s'"`,;<>()]+@[^\s'"`,;<>()]+/g;

/**
 * The reason with the row's email in it replaced by its column's name in
 * braces ("Invalid email address {email}"), and anything else shaped like an
 * address by "{email}": the reason groups the same way and names no one.
 * Other values are left: a short word of the row could be a word of Marketo's text.
 */
export function maskRowValues(reason: string, header: readonly string[], fields: readonly string[]): string {
  let out = reason;
  header.slice(0, -1).forEach((name, i) => {
    const value = (fields[i] ?? '').trim();
    if (EMAIL_COLUMN.test(name.trim()) && value.length >= MIN_MASKED_CHARS) out = out.split(value).join(`{${name}}`);
  });
  return out.replace(EMAIL_LIKE, '{email}');
}

/** A column by its name; Marketo names fields by REST or display name, so case and spaces are ignored. */
export function columnOf(header: readonly string[], field: string): number {
  const squash = (s: string): string => s.replace(/[\s_]/g, '').toLowerCase();
  const wanted = squash(field);
  // The reason column is never the field a reason is about.
  for (let i = 0; i < header.length - 1; i++) if (squash(header[i]!) === wanted) return i;
  return -1;
}

export function valueKind(value: string): ValueKind {
  const v = value.trim();
  if (v === '') return 'empty';
  if (/^[+-]?\d+(?:[.,]\d+)?$/.test(v)) return 'number';
  if (/^(?:true|false|yes|no)$/i.test(v)) return 'boolean';
  if (
    /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v) ||
    /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(v)
  ) {
    return 'date';
  }
  if (/^[^\s@]+@[^\s@]+$/.test(v)) return 'email';
  return 'text';
}

/** The value that finds the row again: its email (by REST or display name), else an id or other key field. */
function rowKey(header: readonly string[], fields: readonly string[]): string | undefined {
  const record: Record<string, string> = {};
  for (let i = 0; i < header.length - 1; i++) {
    const value = fields[i];
    if (value === undefined || value === '') continue;
    if (EMAIL_COLUMN.test(header[i]!.trim())) return `email=${value}`;
    record[header[i]!] = value;
  }
  return recordKeyOf(record);
}
