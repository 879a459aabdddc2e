import { BULK_REASONS } from '../catalog/data/bulk.js';
import type { BulkRowsReport } from '../report/model.js';
import type { Assessment, CommonPhrases, DetectorKind } from './detector.js';
import { SectionDetector } from './section-detector.js';
import { sentences } from './words-format.js';

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

/** Failed and warned rows of bulk import files: which reasons, which fields, what to change in the file. */
export function assessBulkFailures(bulk: BulkRowsReport | undefined): Assessment<BulkFailuresEvidence> | null {
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

type Reason = BulkFailuresEvidence['reasons'][number];
type Field = BulkFailuresEvidence['fields'][number];

/** The words of one language for bulk-failures. */
export interface BulkFailuresPhrases {
  titleFailed(failures: number, warnings: number): string;
  titleWarned(warnings: number): string;
  /** `shown`: the template with its values as an ellipsis. */
  reason(r: Reason, shown: string): string;
  reasons(list: string[]): string;
  /** Why a reason is reported under a documented code, in this language (from the catalog). */
  why(template: string): string | undefined;
  reportedAs(shown: string, code: string, why: string): string;
  /** `kinds`: "text ×17, empty ×2". */
  field(f: Field, kinds: string): string;
  fields(list: string[]): string;
  valueKind: Record<string, string>;
  rename(columns: string): string;
  redo: string;
}

/** The catalog's reason for reporting a template under a documented code, in one language. */
export function whyOf(template: string, lang: 'en' | 'sv'): string | undefined {
  return BULK_REASONS.find((r) => r.templates.includes(template))?.why?.[lang];
}

const shown = (template: string): string => template.replaceAll('%s', '…');

export const bulkFailures: DetectorKind<
  'bulk-failures',
  BulkFailuresEvidence,
  SectionDetector<BulkFailuresEvidence>,
  BulkFailuresPhrases
> = {
  id: 'bulk-failures',
  stateKey: 'bulkFailures',
  create: () => new SectionDetector((sections) => assessBulkFailures(sections.bulk)),
  fromJSON: () => bulkFailures.create(),
  describe(e, p: BulkFailuresPhrases, _common: CommonPhrases) {
    const whys = e.reasons.flatMap((r) => {
      const why = p.why(r.template);
      return why === undefined ? [] : [p.reportedAs(shown(r.template), r.code, why)];
    });
    const kinds = (k: Record<string, number>): string =>
      Object.entries(k)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, n]) => `${p.valueKind[kind] ?? kind} ×${n}`)
        .join(', ');
    return {
      title: e.rows.failures > 0 ? p.titleFailed(e.rows.failures, e.rows.warnings) : p.titleWarned(e.rows.warnings),
      advice: sentences(
        p.reasons(e.reasons.map((r) => p.reason(r, shown(r.template)))),
        ...whys,
        e.fields.length > 0 ? p.fields(e.fields.map((f) => p.field(f, kinds(f.valueKinds)))) : '',
        e.displayNameColumns.length > 0 ? p.rename(e.displayNameColumns.map((c) => `"${c}"`).join(', ')) : '',
        p.redo,
      ),
    };
  },
};
