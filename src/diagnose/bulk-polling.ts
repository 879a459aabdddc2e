import { DONE_STATUSES } from '../normalise/bulk-job.js';
import type { JobsReport } from '../report/model.js';

/** Marketo's limits for bulk jobs: 2 running and 10 queued per instance, 500 MB of exports a day. */
export const BULK_LIMITS = { running: 2, queued: 10, exportBytesPerDay: 500 * 1024 * 1024 } as const;
const WARN_EXPORT_SHARE = 0.8;
const TOP = 5;

export interface BulkPollingEvidence {
  jobs: number;
  /** Jobs polled less than 60 s apart, most fast polls first. */
  fastPolling: Array<{ type: string; id: string; polls: number; fastPolls: number }>;
  fastPolls: number;
  /** Jobs whose last status seen was not a final one. */
  leftOpen: Array<{ type: string; id: string; lastStatus: string | null }>;
  /** Most jobs open (created, not yet done) at one time. */
  maxOpenJobs: number;
  queueFull: number;
  alreadyQueued: number;
  /** Days whose completed exports reached 80% of the 500 MB allowance. */
  exportDays: Array<{ date: string; bytes: number; share: number }>;
  earlyFileFetches: number;
  /** Jobs that ended Failed, with Marketo's message. */
  failed: Array<{ type: string; id: string; message: string | null }>;
}

/** Most jobs whose [first seen, done] spans overlap; jobs never done stay open to the end. */
export function maxOpen(jobs: JobsReport['jobs']): number {
  const events: Array<[number, number]> = [];
  for (const j of jobs) {
    const from = j.firstSeen === null ? Number.NaN : Date.parse(j.firstSeen);
    if (!Number.isFinite(from)) continue;
    const to = j.doneAt === null ? Number.POSITIVE_INFINITY : Date.parse(j.doneAt);
    events.push([from, 1], [to, -1]);
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let max = 0;
  for (const [, d] of events) max = Math.max(max, (open += d));
  return max;
}

/** How a client drives bulk jobs: polling rate, queue limits, the export allowance, early downloads. */
export function diagnoseBulkPolling(
  jobs: JobsReport | undefined,
): { severity: 'warning' | 'info'; evidence: BulkPollingEvidence } | null {
  if (!jobs) return null;
  const list = jobs.jobs;
  const fast = list.filter((j) => j.fastPolls > 0).sort((a, b) => b.fastPolls - a.fastPolls);
  const open = list.filter((j) => j.lastStatus === null || !DONE_STATUSES.has(j.lastStatus));
  const exportDays = jobs.exportBytesPerDay
    .map((d) => ({ ...d, share: d.bytes / BULK_LIMITS.exportBytesPerDay }))
    .filter((d) => d.share >= WARN_EXPORT_SHARE);
  const evidence: BulkPollingEvidence = {
    jobs: list.length,
    fastPolling: fast.slice(0, TOP).map((j) => ({ type: j.type, id: j.id, polls: j.polls, fastPolls: j.fastPolls })),
    fastPolls: fast.reduce((n, j) => n + j.fastPolls, 0),
    leftOpen: open.slice(0, TOP).map((j) => ({ type: j.type, id: j.id, lastStatus: j.lastStatus })),
    maxOpenJobs: maxOpen(list),
    queueFull: jobs.queueFull,
    alreadyQueued: jobs.alreadyQueued,
    exportDays,
    earlyFileFetches: list.reduce((n, j) => n + j.earlyFileFetches, 0),
    failed: list
      .filter((j) => j.lastStatus === 'Failed')
      .slice(0, TOP)
      .map((j) => ({ type: j.type, id: j.id, message: j.message })),
  };
  const problems =
    evidence.fastPolls + evidence.queueFull + evidence.alreadyQueued + evidence.earlyFileFetches + exportDays.length;
  const crowded = evidence.maxOpenJobs > BULK_LIMITS.queued;
  if (problems === 0 && !crowded && open.length === 0) return null;
  return { severity: problems > 0 || crowded ? 'warning' : 'info', evidence };
}
