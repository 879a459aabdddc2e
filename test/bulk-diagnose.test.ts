import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyJob, JobsTally } from '../src/aggregate/jobs.js';
import { BULK_LIMITS, assessBulkPolling, maxOpen } from '../src/diagnose/bulk-polling.js';
import { assessInstanceUsage } from '../src/diagnose/instance-usage.js';
import type { JobObservation } from '../src/normalise/bulk-job.js';
import type { InstanceReport, JobReport } from '../src/report/model.js';

const T0 = Date.parse('2026-11-02T14:00:00Z');
const obs = (id: string, s: number, status?: string, extra: Partial<JobObservation> = {}): JobObservation => ({
  type: 'import',
  id,
  object: '/bulk/v1/leads',
  action: 'status',
  t: T0 + s * 1000,
  earlyFile: false,
  ...(status ? { status } : {}),
  ...extra,
});

test('polls less than 60 s apart are counted per job; a job done keeps its first done time', () => {
  const t = new JobsTally();
  for (const [s, status] of [
    [0, 'Queued'],
    [59, 'Importing'],
    [120, 'Importing'],
    [150, 'Complete'],
    [400, 'Complete'],
  ] as const) {
    t.add(obs('1', s, status));
  }
  const [job] = t.toReport().jobs;
  assert.equal(job!.polls, 5);
  assert.equal(job!.fastPolls, 2); // 0 -> 59 and 120 -> 150
  assert.equal(job!.durationMs, 150_000);
});

test('two parts of a log merge into the tally of the whole: counts add, the later status wins', () => {
  const a = new JobsTally();
  const b = new JobsTally();
  a.add(obs('1', 0, 'Queued'));
  a.add(obs('1', 10, 'Importing'));
  b.add(obs('1', 100, 'Complete', { rowsFailed: 3 }));
  a.merge(b);
  const [job] = a.toReport().jobs;
  assert.deepEqual(
    [job!.polls, job!.fastPolls, job!.lastStatus, job!.rowsFailed, job!.durationMs],
    [3, 1, 'Complete', 3, 100_000],
  );
  // A report read back and merged again gives the same section.
  assert.deepEqual(JobsTally.fromReport(a.toReport()).toReport(), a.toReport());
});

function job(id: string, first: number, done: number | null): JobReport {
  const iso = (s: number) => new Date(T0 + s * 1000).toISOString();
  return {
    ...emptyJob({ type: 'import', id, object: '/bulk/v1/leads' }),
    lastStatus: done === null ? 'Queued' : 'Complete',
    firstSeen: iso(first),
    lastSeen: iso(done ?? first),
    doneAt: done === null ? null : iso(done),
    polls: 1,
  };
}

test('jobs open at once: overlapping spans; a job never done stays open to the end', () => {
  assert.equal(maxOpen([job('a', 0, 10), job('b', 5, 20), job('c', 10, 30)]), 2);
  assert.equal(maxOpen([job('a', 0, null), job('b', 100, 110), job('c', 200, 210)]), 2);
});

test('bulk-polling: quiet when jobs are polled slowly and finish; the export allowance warns from 80%', () => {
  const calm = { jobs: [job('a', 0, 100)], unlisted: 0, alreadyQueued: 0, queueFull: 0, exportBytesPerDay: [] };
  assert.equal(assessBulkPolling(calm), null);
  const day = (share: number) => [{ date: '2026-11-02', bytes: Math.round(BULK_LIMITS.exportBytesPerDay * share) }];
  assert.equal(assessBulkPolling({ ...calm, exportBytesPerDay: day(0.79) }), null);
  const near = assessBulkPolling({ ...calm, exportBytesPerDay: day(0.8) });
  assert.equal(near?.severity, 'warning');
  assert.equal(near?.evidence.exportDays.length, 1);
  const left = assessBulkPolling({ ...calm, jobs: [job('a', 0, null)] });
  assert.equal(left?.severity, 'info');
  assert.deepEqual(
    left?.evidence.leftOpen.map((j) => j.id),
    ['a'],
  );
  const crowded = Array.from({ length: BULK_LIMITS.queued + 1 }, (_, i) => job(String(i), i, 1000));
  assert.equal(assessBulkPolling({ ...calm, jobs: crowded })?.evidence.maxOpenJobs, BULK_LIMITS.queued + 1);
});

function usage(total: number, log: number, users: Array<[string, number]>): InstanceReport {
  return {
    errors: [],
    errorTotals: [],
    usage: [{ date: '2026-11-02', total, log, users: users.map(([user, count]) => ({ user, count })) }],
  };
}

test('instance-usage: another user dominates when it made most calls and more than this log', () => {
  assert.equal(
    assessInstanceUsage(
      usage(1000, 100, [
        ['a', 500],
        ['b', 500],
      ]),
      50_000,
    ),
    null,
    'half is not most',
  );
  assert.equal(
    assessInstanceUsage(
      usage(1000, 900, [
        ['a', 900],
        ['b', 100],
      ]),
      50_000,
    ),
    null,
    'the top user may be this log',
  );
  const other = assessInstanceUsage(
    usage(1000, 100, [
      ['a', 900],
      ['b', 100],
    ]),
    50_000,
  );
  assert.equal(other?.severity, 'info');
  assert.equal(other?.evidence.days[0]?.user, 'a');
  const busy = assessInstanceUsage(usage(45_000, 100, [['a', 44_900]]), 50_000);
  assert.equal(busy?.severity, 'warning', '90% of the quota used');
});
