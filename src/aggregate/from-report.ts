import { LEVELS } from '../catalog/types.js';
import { AppError } from '../errors.js';
import { msg } from '../errors/words.js';
import type { Report } from './report-model.js';
import { BulkRowsTally } from './bulk-rows.js';
import { CodeTally } from './code-tally.js';
import { checkReport, NOT_A_REPORT, ReportShapeError } from './report-schema.js';
import { InstanceStats } from './instance-stats.js';
import { JobsTally } from './jobs.js';
import { Summary } from './summary.js';

const ms = (iso: string | null): number | undefined => (iso === null ? undefined : Date.parse(iso));

/**
 * Rebuilds the Summary behind a JSON report. A report carries every count a
 * Summary holds (words aside), so reports of parts merge into the report of
 * the whole: this is what `merge` and the worker threads rely on.
 */
export function summaryFromReport(report: Report): Summary {
  const summary = new Summary();
  summary.inputs = report.inputs.map((i) => ({ ...i, malformed: [...i.malformed], oversized: [...i.oversized] }));
  const t = report.totals;
  Object.assign(summary.counters, {
    marketoCalls: t.marketoCalls,
    failedCalls: t.failedCalls,
    recordFailureCalls: t.recordFailureCalls,
    quotaCalls: t.quotaCalls,
    noResponse: t.noResponse,
  });
  summary.unseenBodies = t.unseenBodies ?? 0;
  for (const level of LEVELS) summary.findings[level] = t.findings[level];
  for (const level of LEVELS) {
    for (const c of report.levels[level].codes) {
      const tally = new CodeTally(level, c.code);
      tally.documented = c.documented;
      tally.count = c.count;
      tally.exchanges = c.exchanges;
      tally.firstSeen = ms(c.firstSeen);
      tally.lastSeen = ms(c.lastSeen);
      for (const e of c.endpoints) tally.endpoints.set(e.endpoint, e.count);
      for (const m of c.messages)
        tally.messages.set(m.message, { message: m.message, params: [...m.params], count: m.count });
      tally.samples = c.samples.map((s) => ({ requestId: s.requestId, source: { ...s.source } }));
      tally.records = (c.records ?? []).map((r) => ({ ...r, source: { ...r.source } }));
      summary.tallies.set(CodeTally.key(level, c.code), tally);
    }
  }
  for (const n of report.notes) summary.note(n.message, n.count);
  summary.bulk.merge(BulkRowsTally.fromReport(report.bulk));
  summary.jobs.merge(JobsTally.fromReport(report.jobs));
  summary.instance.merge(InstanceStats.fromReport(report.instance));
  const width = report.timeline.bucketMs;
  for (const p of report.timeline.points) {
    summary.timeline.addBucket(p.t, width, [p.calls, p.http, p.response, p.record]);
  }
  return summary;
}

/** A parsed JSON value as a report, checked whole; `cannot VERB NAME: PATH is WHAT` (exit 2) if it is not one. */
export function readReport(value: unknown, name: string, verb: string): Report {
  try {
    return checkReport(value);
  } catch (error) {
    if (!(error instanceof ReportShapeError)) throw error;
    throw new AppError(
      'BAD_REPORT',
      error.what === NOT_A_REPORT
        ? msg('notAReport', { verb, name })
        : msg('badReport', { verb, name, detail: error.words }),
    );
  }
}
