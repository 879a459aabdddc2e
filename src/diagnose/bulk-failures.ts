import { BULK_REASONS } from '../catalog/data/bulk.js';
import type { BulkRowsReport } from '../report/model.js';

export interface BulkFailuresEvidence {
  rows: { failures: number; warnings: number };
  /** The reasons with most rows, with their share of their file kind's rows. */
  reasons: Array<{ kind: 'failures' | 'warnings'; code: string; template: string; rows: number; share: number }>;
  /** The fields reasons name most, with the kinds of value the rows held. */
  fields: Array<{ field: string; rows: number; valueKinds: Record<string, number> }>;
  /** Header columns named by display name instead of REST API name. */
  displayNameColumns: string[];
}

const TOP = 5;

/** Which templates a documented code stands for, so the words can say why. */
export function reasonMapsToCode(template: string): boolean {
  return BULK_REASONS.some((r) => r.why !== undefined && r.templates.includes(template));
}

/** Failed and warned rows of bulk import files: which reasons, which fields, what to change in the file. */
export function diagnoseBulkFailures(
  bulk: BulkRowsReport | undefined,
): { severity: 'warning' | 'info'; evidence: BulkFailuresEvidence } | null {
  if (!bulk || bulk.rows.failures + bulk.rows.warnings === 0) return null;
  const reasons = bulk.reasons
    .slice(0, TOP)
    .map((r) => ({ ...r, share: bulk.rows[r.kind] > 0 ? r.rows / bulk.rows[r.kind] : 0 }));
  const fields = bulk.fields
    .slice(0, TOP)
    .map((f) => ({ field: f.field, rows: f.rows, valueKinds: { ...f.valueKinds } }));
  return {
    severity: bulk.rows.failures > 0 ? 'warning' : 'info',
    evidence: { rows: { ...bulk.rows }, reasons, fields, displayNameColumns: [...bulk.displayNameColumns] },
  };
}
