import { DONE_STATUSES } from '../normalise/bulk-job.js';
import type { JobsReport } from '../report/model.js';
import type { Assessment, CommonPhrases, DetectorKind } from './detector.js';
import { SectionDetector } from './section-detector.js';
import { sentences } from './words-format.js';

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
export function assessBulkPolling(jobs: JobsReport | undefined): Assessment<BulkPollingEvidence> | null {
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

type Job = BulkPollingEvidence['fastPolling'][number];

/** The words of one language for bulk-polling. */
export interface BulkPollingPhrases {
  title(jobs: number): string;
  /** `jobs`: the fastPollJob phrases, comma-separated. */
  fastPolls(count: number, jobs: string): string;
  fastPollJob(j: Job): string;
  queueFull(count: number): string;
  crowded(max: number): string;
  alreadyQueued(count: number): string;
  /** `mb`: the day's megabytes, `of`: the allowance in megabytes. */
  exportDay(date: string, mb: number, share: number, of: number): string;
  earlyFiles(count: number): string;
  /** `jobs`: the openJob phrases, comma-separated. */
  leftOpen(jobs: string): string;
  openJob(j: BulkPollingEvidence['leftOpen'][number]): string;
  failed(j: BulkPollingEvidence['failed'][number]): string;
}

const MB = 1024 * 1024;

export const bulkPolling: DetectorKind<
  'bulk-polling',
  BulkPollingEvidence,
  SectionDetector<BulkPollingEvidence>,
  BulkPollingPhrases
> = {
  id: 'bulk-polling',
  stateKey: 'bulkPolling',
  create: () => new SectionDetector((sections) => assessBulkPolling(sections.jobs)),
  fromJSON: () => bulkPolling.create(),
  describe(e, p: BulkPollingPhrases, _common: CommonPhrases) {
    const allowance = Math.round(BULK_LIMITS.exportBytesPerDay / MB);
    return {
      title: p.title(e.jobs),
      advice: sentences(
        e.fastPolls > 0 ? p.fastPolls(e.fastPolls, e.fastPolling.map((j) => p.fastPollJob(j)).join(', ')) : '',
        e.queueFull > 0 ? p.queueFull(e.queueFull) : '',
        e.maxOpenJobs > BULK_LIMITS.queued ? p.crowded(e.maxOpenJobs) : '',
        e.alreadyQueued > 0 ? p.alreadyQueued(e.alreadyQueued) : '',
        ...e.exportDays.map((d) => p.exportDay(d.date, Math.round(d.bytes / MB), d.share, allowance)),
        e.earlyFileFetches > 0 ? p.earlyFiles(e.earlyFileFetches) : '',
        e.leftOpen.length > 0 ? p.leftOpen(e.leftOpen.map((j) => p.openJob(j)).join(', ')) : '',
        ...e.failed.map((j) => p.failed(j)),
      ),
    };
  },
};
