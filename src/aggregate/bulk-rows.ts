import type { BulkFileKind } from '../input/bulk/header.js';
import type { BulkRowResult } from '../normalise/bulk-row.js';
import type { BulkRowsReport } from './report-model.js';
import { ranked } from './code-tally.js';

/** Reasons and fields kept per analysis; past these, rows still count but are not named. */
const MAX_REASONS = 200;
const MAX_FIELDS = 200;
const MAX_COLUMNS = 50;
const OTHER = '(other)';

/** Columns whose names are display names: a REST API name never holds a space. */
export function displayNameColumns(header: readonly string[]): string[] {
  return header.slice(0, -1).filter((name) => /\S\s+\S/.test(name.trim()));
}

/**
 * What the rows of bulk failure and warning files add up to: rows per file
 * kind, per reason and per field. Bounded; merges exactly with a later part.
 */
export class BulkRowsTally {
  readonly rows: Record<BulkFileKind, number> = { failures: 0, warnings: 0 };
  readonly reasons = new Map<string, { kind: BulkFileKind; code: string; template: string; rows: number }>();
  readonly fields = new Map<
    string,
    { kind: BulkFileKind; field: string; rows: number; valueKinds: Record<string, number> }
  >();
  readonly displayNames = new Set<string>();

  header(header: readonly string[]): void {
    for (const name of displayNameColumns(header))
      if (this.displayNames.size < MAX_COLUMNS) this.displayNames.add(name);
  }

  add(kind: BulkFileKind, r: BulkRowResult): void {
    this.rows[kind]++;
    this.addReason(kind, r.finding.code, r.template, 1);
    if (r.field !== undefined) this.addField(kind, r.field, { [r.valueKind ?? 'text']: 1 }, 1);
  }

  merge(other: BulkRowsTally): void {
    this.rows.failures += other.rows.failures;
    this.rows.warnings += other.rows.warnings;
    for (const r of other.reasons.values()) this.addReason(r.kind, r.code, r.template, r.rows);
    for (const f of other.fields.values()) this.addField(f.kind, f.field, f.valueKinds, f.rows);
    for (const name of other.displayNames) if (this.displayNames.size < MAX_COLUMNS) this.displayNames.add(name);
  }

  get empty(): boolean {
    return this.rows.failures + this.rows.warnings === 0;
  }

  toReport(): BulkRowsReport {
    return {
      rows: { ...this.rows },
      reasons: ranked(
        [...this.reasons.values()].map((r) => ({ ...r, count: r.rows })),
        (r) => r.template,
      ).map(({ count: _count, ...r }) => r),
      fields: ranked(
        [...this.fields.values()].map((f) => ({ ...f, count: f.rows })),
        (f) => f.field,
      ).map(({ count: _count, ...f }) => ({ ...f, valueKinds: { ...f.valueKinds } })),
      displayNameColumns: [...this.displayNames],
    };
  }

  static fromReport(report: BulkRowsReport | undefined): BulkRowsTally {
    const t = new BulkRowsTally();
    if (!report) return t;
    t.rows.failures = report.rows.failures;
    t.rows.warnings = report.rows.warnings;
    for (const r of report.reasons) t.addReason(r.kind, r.code, r.template, r.rows);
    for (const f of report.fields) t.addField(f.kind, f.field, f.valueKinds, f.rows);
    for (const name of report.displayNameColumns) t.displayNames.add(name);
    return t;
  }

  private addReason(kind: BulkFileKind, code: string, template: string, n: number): void {
    let key = `${kind}\u0000${code}\u0000${template}`;
    if (!this.reasons.has(key) && this.reasons.size >= MAX_REASONS) {
      key = `${kind}\u0000${code}\u0000${OTHER}`;
      template = OTHER;
    }
    const current = this.reasons.get(key);
    if (current) current.rows += n;
    else this.reasons.set(key, { kind, code, template, rows: n });
  }

  private addField(kind: BulkFileKind, field: string, kinds: Record<string, number>, n: number): void {
    let key = `${kind}\u0000${field}`;
    if (!this.fields.has(key) && this.fields.size >= MAX_FIELDS) {
      key = `${kind}\u0000${OTHER}`;
      field = OTHER;
    }
    let current = this.fields.get(key);
    if (!current) this.fields.set(key, (current = { kind, field, rows: 0, valueKinds: {} }));
    current.rows += n;
    for (const [k, v] of Object.entries(kinds)) current.valueKinds[k] = (current.valueKinds[k] ?? 0) + v;
  }
}
