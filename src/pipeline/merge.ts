import { summaryFromReport } from '../aggregate/from-report.js';
import { toReport, type ReportContext } from '../aggregate/to-report.js';
import { withSectionDiagnostics } from '../diagnose/from-sections.js';
import { DiagnosticsState } from '../diagnose/index.js';
import { AppError } from '../errors.js';
import type { Report } from '../report/model.js';

/** Checks that a parsed file is a report this version can merge. */
export function asReport(value: unknown, name: string): Report {
  const r = value as Partial<Report> | null;
  if (!r || typeof r !== 'object' || r.schemaVersion !== 1 || !r.levels || !r.totals || !Array.isArray(r.inputs) || !r.timeline) {
    throw new AppError('BAD_REPORT', `${name} is not a marketo-errors JSON report (schemaVersion 1)`, { name });
  }
  return r as Report;
}

/**
 * Reports of consecutive parts (shards, worker ranges) in, the report of the
 * whole out. Order matters only for samples, which keep the earliest.
 */
export function mergeReports(reports: Report[], ctx: Omit<ReportContext, 'diagnostics' | 'diagnosticsState'> & { dailyQuota: number }): Report {
  const [first, ...rest] = reports;
  if (!first) throw new AppError('USAGE', 'merge needs at least one report');
  const summary = summaryFromReport(first);
  const diagnostics = DiagnosticsState.fromJSON(first.diagnosticsState);
  for (const r of rest) {
    summary.merge(summaryFromReport(r));
    diagnostics.merge(DiagnosticsState.fromJSON(r.diagnosticsState));
  }
  const filters = Object.assign({}, ...reports.map((r) => r.filters)) as Report['filters'];
  return toReport(summary, {
    ...ctx,
    filters: { ...filters, ...ctx.filters },
    diagnostics: withSectionDiagnostics(diagnostics.finish({ dailyQuota: ctx.dailyQuota, lang: ctx.lang }), summary, ctx),
    diagnosticsState: diagnostics.toJSON(),
  });
}
