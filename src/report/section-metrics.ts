import type { Lang } from '../catalog/types.js';
import type { Family, Sample } from './metrics.js';
import type { Report } from './model.js';
import { sectionWords } from './section-words.js';

/**
 * Metric families of the bulk, jobs and instance sections (names without the
 * marketo_errors_ prefix, which metrics.ts adds). API user ids are left out:
 * they are personal data, and a label per user would not stay bounded.
 */
export function sectionFamilies(report: Report, lang: Lang): Family[] {
  const w = sectionWords(lang).metrics;
  const families: Family[] = [];
  if (report.bulk) {
    const rows: Sample[] = (['failures', 'warnings'] as const).map((kind) => ({
      labels: [['kind', kind]],
      value: report.bulk!.rows[kind],
    }));
    families.push({ name: 'bulk_file_rows', type: 'gauge', help: w.bulkRows, samples: rows });
  }
  if (report.jobs) {
    const byStatus = new Map<string, number>();
    for (const j of report.jobs.jobs) {
      const key = `${j.type}\u0000${j.lastStatus ?? 'unknown'}`;
      byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
    }
    const jobs: Sample[] = [...byStatus].sort().map(([key, value]) => {
      const [type, status] = key.split('\u0000') as [string, string];
      return {
        labels: [
          ['type', type],
          ['status', status],
        ],
        value,
      };
    });
    const sum = (pick: (j: Report['jobs'] & object) => number): Sample[] => [{ labels: [], value: pick(report.jobs!) }];
    families.push(
      { name: 'bulk_jobs', type: 'gauge', help: w.jobs, samples: jobs },
      {
        name: 'bulk_status_polls',
        type: 'counter',
        help: w.polls,
        samples: sum((x) => x.jobs.reduce((n, j) => n + j.polls, 0)),
      },
      {
        name: 'bulk_fast_polls',
        type: 'counter',
        help: w.fastPolls,
        samples: sum((x) => x.jobs.reduce((n, j) => n + j.fastPolls, 0)),
      },
      {
        name: 'bulk_rows_failed',
        type: 'counter',
        help: w.rowsFailed,
        samples: sum((x) => x.jobs.reduce((n, j) => n + (j.rowsFailed ?? 0), 0)),
      },
    );
  }
  if (report.instance) {
    // Only days Marketo's stats cover: beside them, this log's share means something.
    const errors: Sample[] = report.instance.errors.flatMap((e) =>
      e.instance === null
        ? []
        : [
            {
              labels: [
                ['day', e.date],
                ['code', e.code],
                ['scope', 'instance'],
              ] as Array<[string, string]>,
              value: e.instance,
            },
            {
              labels: [
                ['day', e.date],
                ['code', e.code],
                ['scope', 'log'],
              ] as Array<[string, string]>,
              value: e.log,
            },
          ],
    );
    const calls: Sample[] = report.instance.usage.flatMap((u) =>
      u.total === null
        ? []
        : [
            {
              labels: [
                ['day', u.date],
                ['scope', 'instance'],
              ] as Array<[string, string]>,
              value: u.total,
            },
            {
              labels: [
                ['day', u.date],
                ['scope', 'log'],
              ] as Array<[string, string]>,
              value: u.log,
            },
          ],
    );
    families.push(
      { name: 'instance_errors', type: 'gauge', help: w.instanceErrors, samples: errors },
      { name: 'instance_calls', type: 'gauge', help: w.instanceCalls, samples: calls },
    );
  }
  return families;
}
