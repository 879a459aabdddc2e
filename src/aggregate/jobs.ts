import { centralDay } from '../diagnose/central-time.js';
import { isoTime } from './date-time.js';
import { DONE_STATUSES, type JobObservation, type QueueSignals } from '../normalise/bulk-job.js';
import type { JobReport, JobsReport } from './report-model.js';

/** Jobs listed per analysis; later jobs are counted in `unlisted`. */
export const MAX_JOBS = 500;
/** Marketo changes a job's status at most once a minute: polling faster only spends calls. */
export const POLL_INTERVAL_MS = 60_000;

interface JobState {
  report: JobReport;
  first?: number;
  last?: number;
  lastPoll?: number;
  done?: number;
  exportCounted: boolean;
}

const ms = (s: string | null): number | undefined => {
  const t = s === null ? Number.NaN : Date.parse(s);
  return Number.isFinite(t) ? t : undefined;
};

/** A job with nothing known yet but its type, id and object. */
export function emptyJob(o: Pick<JobObservation, 'type' | 'id' | 'object'>): JobReport {
  return {
    type: o.type,
    id: o.id,
    object: o.object,
    lastStatus: null,
    firstSeen: null,
    lastSeen: null,
    doneAt: null,
    durationMs: null,
    polls: 0,
    fastPolls: 0,
    rowsProcessed: null,
    rowsFailed: null,
    rowsWithWarning: null,
    numberOfRecords: null,
    fileSize: null,
    message: null,
    earlyFileFetches: 0,
  };
}

/**
 * The bulk jobs a log shows, one state each (bounded by MAX_JOBS), built from
 * the status that create, enqueue and status calls return. Merges with the
 * tally of later input: counts add up, the later status wins.
 */
export class JobsTally {
  private readonly jobs = new Map<string, JobState>();
  unlisted = 0;
  alreadyQueued = 0;
  queueFull = 0;
  readonly exportBytes = new Map<string, number>();

  get empty(): boolean {
    return this.jobs.size + this.unlisted + this.alreadyQueued + this.queueFull === 0;
  }

  signals(s: QueueSignals): void {
    if (s.alreadyQueued) this.alreadyQueued++;
    if (s.queueFull) this.queueFull++;
  }

  add(o: JobObservation): void {
    const job = this.job(o);
    if (!job) return;
    const r = job.report;
    const t = o.t;
    if (t !== undefined) {
      if (job.first === undefined || t < job.first) job.first = t;
      if (job.last === undefined || t > job.last) job.last = t;
    }
    if (o.earlyFile) r.earlyFileFetches++;
    if (o.action === 'status') {
      r.polls++;
      if (t !== undefined && job.lastPoll !== undefined && t - job.lastPoll < POLL_INTERVAL_MS && t >= job.lastPoll)
        r.fastPolls++;
      if (t !== undefined) job.lastPoll = t;
    }
    if (o.status !== undefined) {
      r.lastStatus = o.status;
      if (DONE_STATUSES.has(o.status) && job.done === undefined) job.done = t ?? job.last;
    }
    for (const key of ['rowsProcessed', 'rowsFailed', 'rowsWithWarning', 'numberOfRecords', 'fileSize'] as const) {
      if (o[key] !== undefined) r[key] = o[key];
    }
    if (o.message !== undefined) r.message = o.message;
    if (
      r.type === 'export' &&
      o.status === 'Completed' &&
      r.fileSize !== null &&
      !job.exportCounted &&
      t !== undefined
    ) {
      job.exportCounted = true;
      const day = centralDay(t);
      this.exportBytes.set(day, (this.exportBytes.get(day) ?? 0) + r.fileSize);
    }
  }

  /** `other` covers input after this tally's. */
  merge(other: JobsTally): void {
    this.unlisted += other.unlisted;
    this.alreadyQueued += other.alreadyQueued;
    this.queueFull += other.queueFull;
    for (const [day, bytes] of other.exportBytes) this.exportBytes.set(day, (this.exportBytes.get(day) ?? 0) + bytes);
    for (const theirs of other.jobs.values()) {
      const mine = this.job(theirs.report);
      if (!mine) continue;
      const a = mine.report;
      const b = theirs.report;
      a.polls += b.polls;
      a.fastPolls += b.fastPolls;
      a.earlyFileFetches += b.earlyFileFetches;
      for (const key of [
        'lastStatus',
        'rowsProcessed',
        'rowsFailed',
        'rowsWithWarning',
        'numberOfRecords',
        'fileSize',
        'message',
      ] as const) {
        if (b[key] !== null) (a as unknown as Record<string, unknown>)[key] = b[key];
      }
      if (theirs.first !== undefined && (mine.first === undefined || theirs.first < mine.first))
        mine.first = theirs.first;
      if (theirs.last !== undefined && (mine.last === undefined || theirs.last > mine.last)) mine.last = theirs.last;
      if (mine.done === undefined) mine.done = theirs.done;
      mine.lastPoll = theirs.lastPoll ?? mine.lastPoll;
      mine.exportCounted ||= theirs.exportCounted;
    }
  }

  toReport(): JobsReport {
    const jobs = [...this.jobs.values()].map((j) => ({
      ...j.report,
      firstSeen: isoTime(j.first),
      lastSeen: isoTime(j.last),
      doneAt: isoTime(j.done),
      durationMs: j.done !== undefined && j.first !== undefined ? j.done - j.first : null,
    }));
    jobs.sort((a, b) => (a.firstSeen ?? '').localeCompare(b.firstSeen ?? '') || a.id.localeCompare(b.id));
    return {
      jobs,
      unlisted: this.unlisted,
      alreadyQueued: this.alreadyQueued,
      queueFull: this.queueFull,
      exportBytesPerDay: [...this.exportBytes].sort().map(([date, bytes]) => ({ date, bytes })),
    };
  }

  static fromReport(report: JobsReport | undefined): JobsTally {
    const t = new JobsTally();
    if (!report) return t;
    t.unlisted = report.unlisted;
    t.alreadyQueued = report.alreadyQueued;
    t.queueFull = report.queueFull;
    for (const d of report.exportBytesPerDay) t.exportBytes.set(d.date, d.bytes);
    for (const r of report.jobs) {
      const job = t.job(r);
      if (!job) continue;
      Object.assign(job.report, r);
      job.first = ms(r.firstSeen);
      job.last = ms(r.lastSeen);
      job.done = ms(r.doneAt);
      // A report's exports are already in its bytes per day.
      job.exportCounted = r.type === 'export' && r.lastStatus === 'Completed';
    }
    return t;
  }

  private job(o: Pick<JobObservation, 'type' | 'id' | 'object'>): JobState | undefined {
    const key = `${o.type}:${o.object}:${o.id}`;
    let job = this.jobs.get(key);
    if (job) return job;
    if (this.jobs.size >= MAX_JOBS) {
      this.unlisted++;
      return undefined;
    }
    this.jobs.set(key, (job = { report: emptyJob(o), exportCounted: false }));
    return job;
  }
}
