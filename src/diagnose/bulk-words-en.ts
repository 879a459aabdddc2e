import type { BulkFailuresPhrases } from './bulk-failures.js';
import { whyOf } from './bulk-failures.js';
import { BULK_LIMITS, type BulkPollingPhrases } from './bulk-polling.js';
import type { InstanceUsagePhrases } from './instance-usage.js';
import { num, pct } from './words-format.js';

const n = (x: number): string => num(x, 'en');
const rows = (x: number): string => `${n(x)} import ${x === 1 ? 'row' : 'rows'}`;

/** The phrases of the bulk and instance diagnostics in one language. */
export interface BulkPhraseBook {
  'bulk-failures': BulkFailuresPhrases;
  'bulk-polling': BulkPollingPhrases;
  'instance-usage': InstanceUsagePhrases;
}

/** The English words of the bulk and instance diagnostics; spread into words-en.ts. */
export const BULK_EN: BulkPhraseBook = {
  'bulk-failures': {
    titleFailed: (failures, warnings) =>
      `${rows(failures)} failed${warnings > 0 ? `, ${n(warnings)} with a warning` : ''}`,
    titleWarned: (warnings) => `${rows(warnings)} with a warning`,
    reason: (r, shown) =>
      `"${shown}" ${n(r.rows)} ` +
      `(${pct(r.share)}% of ${r.kind === 'failures' ? 'failed' : 'warned'} rows, code ${r.code})`,
    reasons: (list) => `Reasons: ${list.join('; ')}.`,
    why: (template) => whyOf(template, 'en'),
    reportedAs: (shown, code, why) => `"${shown}" is reported as ${code}: ${why}`,
    field: (f, kinds) => `${f.field} (${n(f.rows)} rows; value ${kinds})`,
    fields: (list) => `Fields that fail most: ${list.join(', ')}.`,
    valueKind: {
      empty: 'empty',
      number: 'a number',
      date: 'a date',
      email: 'an email address',
      boolean: 'true/false',
      text: 'text',
      'no-column': 'no such column',
    },
    rename: (columns) =>
      `Rename the columns ${columns} to the fields' REST API names (Describe Lead or Describe Program Member lists` +
      ' them): a column named with a display name is not the field.',
    redo: 'Correct these rows in the file, then import only them again.',
  },
  'bulk-polling': {
    title: (jobs) => `How ${n(jobs)} bulk ${jobs === 1 ? 'job is' : 'jobs are'} driven`,
    fastPolls: (count, jobs) =>
      `${n(count)} status polls came less than 60 s after the previous one (${jobs}); a status changes at most` +
      ' once a minute and every poll costs a call of the daily quota. Poll once a minute or less often.',
    fastPollJob: (j) => `${j.type} ${j.id}: ${n(j.polls)} polls`,
    queueFull: (count) =>
      `${n(count)} ${count === 1 ? 'call was' : 'calls were'} refused because the queue was full (1016 or 1029):` +
      ` at most ${BULK_LIMITS.running} jobs run and ${BULK_LIMITS.queued} wait per instance, shared with every` +
      ' integration. Wait for a job to finish before creating the next.',
    crowded: (max) => `Up to ${n(max)} jobs were open at once, more than the ${BULK_LIMITS.queued} Marketo queues.`,
    alreadyQueued: (count) =>
      `An export was enqueued again while it was queued (${n(count)}× "Job already queued"): enqueue once,` +
      ' then poll its status.',
    exportDay: (date, mb, share, of) =>
      `Exports completed on ${date} came to ${n(mb)} MB, ${pct(share)}% of the ${n(of)} MB a day; past it,` +
      ' exports fail with 1029 until midnight US Central. Narrow the filters or the fields.',
    earlyFiles: (count) =>
      `${n(count)} file ${count === 1 ? 'download was' : 'downloads were'} answered 404 because the export was` +
      ' not Completed yet: fetch the file only after the status says Completed.',
    leftOpen: (jobs) => `The log ends with ${jobs}: check that the client follows each job to its end.`,
    openJob: (j) => `${j.type} ${j.id} ${j.lastStatus ?? 'without a status'}`,
    failed: (j) => `${j.type} ${j.id} failed${j.message ? `: "${j.message}"` : ''}.`,
  },
  'instance-usage': {
    title: (top) =>
      `Another API user made most of the instance's calls (${top.user}, ${pct(top.userShare)}% on ${top.date})`,
    day: (d, quota) =>
      `${d.date}: ${d.user} made ${n(d.userCalls)} of ${n(d.total)} calls (${pct(d.userShare)}%,` +
      ` ${pct(d.quotaShare)}% of the ${n(quota)} quota), this log ${n(d.log)}`,
    error: (x) =>
      `this integration made ${n(x.log)} of the instance's ${n(x.instance)} ${x.code}s on ${x.date};` +
      ' the rest came from other API users',
    shared:
      'The rate limit, the concurrency limit and the daily quota are shared by every API user of the instance:' +
      ' agree on a share with the owner of that user before tuning this integration.',
  },
};
