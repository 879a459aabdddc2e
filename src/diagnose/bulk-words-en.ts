import { BULK_LIMITS } from './bulk-polling.js';
import {
  type BulkWordTable,
  MAX_DAYS_NAMED,
  megabytes,
  quotedList,
  shown,
  valueKinds,
  whySentences,
} from './bulk-words-format.js';
import { num, pct } from './words-format.js';

const n = (x: number): string => num(x, 'en');
const rows = (x: number): string => `${n(x)} import ${x === 1 ? 'row' : 'rows'}`;
const KINDS: Record<string, string> = {
  empty: 'empty',
  number: 'a number',
  date: 'a date',
  email: 'an email address',
  boolean: 'true/false',
  text: 'text',
  'no-column': 'no such column',
};

export const BULK_EN: BulkWordTable = {
  'bulk-failures': (e) => {
    const warned = e.rows.warnings > 0 ? `, ${n(e.rows.warnings)} with a warning` : '';
    const title =
      e.rows.failures > 0 ? `${rows(e.rows.failures)} failed${warned}` : `${rows(e.rows.warnings)} with a warning`;
    const reasons = e.reasons.map((r) => {
      const of = r.kind === 'failures' ? 'failed' : 'warned';
      return `"${shown(r.template)}" ${n(r.rows)} (${pct(r.share)}% of ${of} rows, code ${r.code})`;
    });
    const fields = e.fields.map((f) => `${f.field} (${n(f.rows)} rows; value ${valueKinds(f.valueKinds, KINDS)})`);
    let advice = `Reasons: ${reasons.join('; ')}.`;
    advice += whySentences(e, 'en', (t, code, why) => `"${t}" is reported as ${code}: ${why}`);
    if (fields.length > 0) advice += ` Fields that fail most: ${fields.join(', ')}.`;
    if (e.displayNameColumns.length > 0) {
      advice +=
        ` Rename the columns ${quotedList(e.displayNameColumns)} to the fields' REST API names` +
        ' (Describe Lead or Describe Program Member lists them): a column named with a display name is not the field.';
    }
    advice += ' Correct these rows in the file, then import only them again.';
    return { title, advice };
  },
  'bulk-polling': (e) => {
    const parts: string[] = [];
    if (e.fastPolls > 0) {
      const jobs = e.fastPolling.map((j) => `${j.type} ${j.id}: ${n(j.polls)} polls`).join(', ');
      parts.push(
        `${n(e.fastPolls)} status polls came less than 60 s after the previous one (${jobs}); a status changes` +
          ' at most once a minute and every poll costs a call of the daily quota. Poll once a minute or less often.',
      );
    }
    if (e.queueFull > 0) {
      parts.push(
        `${n(e.queueFull)} ${e.queueFull === 1 ? 'call was' : 'calls were'} refused because the queue was full` +
          ` (1016 or 1029): at most ${BULK_LIMITS.running} jobs run and ${BULK_LIMITS.queued} wait per instance,` +
          ' shared with every integration. Wait for a job to finish before creating the next.',
      );
    }
    if (e.maxOpenJobs > BULK_LIMITS.queued) {
      parts.push(
        `Up to ${n(e.maxOpenJobs)} jobs were open at once, more than the ${BULK_LIMITS.queued} Marketo queues.`,
      );
    }
    if (e.alreadyQueued > 0) {
      parts.push(
        `An export was enqueued again while it was queued (${n(e.alreadyQueued)}× "Job already queued"):` +
          ' enqueue once, then poll its status.',
      );
    }
    for (const d of e.exportDays) {
      parts.push(
        `Exports completed on ${d.date} came to ${megabytes(d.bytes, 'en')} MB, ${pct(d.share)}% of the` +
          ` ${megabytes(BULK_LIMITS.exportBytesPerDay, 'en')} MB a day; past it, exports fail with 1029 until` +
          ' midnight US Central. Narrow the filters or the fields.',
      );
    }
    if (e.earlyFileFetches > 0) {
      parts.push(
        `${n(e.earlyFileFetches)} file ${e.earlyFileFetches === 1 ? 'download was' : 'downloads were'} answered 404` +
          ' because the export was not Completed yet: fetch the file only after the status says Completed.',
      );
    }
    if (e.leftOpen.length > 0) {
      const open = e.leftOpen.map((j) => `${j.type} ${j.id} ${j.lastStatus ?? 'without a status'}`).join(', ');
      parts.push(`The log ends with ${open}: check that the client follows each job to its end.`);
    }
    for (const f of e.failed) parts.push(`${f.type} ${f.id} failed${f.message ? `: "${f.message}"` : ''}.`);
    return { title: `How ${n(e.jobs)} bulk ${e.jobs === 1 ? 'job is' : 'jobs are'} driven`, advice: parts.join(' ') };
  },
  'instance-usage': (e) => {
    const top = e.days[0]!;
    const days = e.days
      .slice(0, MAX_DAYS_NAMED)
      .map(
        (d) =>
          `${d.date}: ${d.user} made ${n(d.userCalls)} of ${n(d.total)} calls (${pct(d.userShare)}%,` +
          ` ${pct(d.quotaShare)}% of the ${n(e.dailyQuota)} quota), this log ${n(d.log)}`,
      );
    const errors = e.errors.map(
      (x) =>
        `this integration made ${n(x.log)} of the instance's ${n(x.instance)} ${x.code}s on ${x.date};` +
        ' the rest came from other API users',
    );
    return {
      title: `Another API user made most of the instance's calls (${top.user}, ${pct(top.userShare)}% on ${top.date})`,
      advice:
        `${days.join('; ')}.${errors.length > 0 ? ` ${errors.join('; ')}.` : ''} The rate limit, the concurrency` +
        ' limit and the daily quota are shared by every API user of the instance: agree on a share with the owner' +
        ' of that user before tuning this integration.',
    };
  },
};
