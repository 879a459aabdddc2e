import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// Every expected number comes from fixtures/bulk/expected.json, written by
// fixtures/tools/make-bulk.mjs as it made the files, not from a run of ours.
interface FileExpect {
  rows: number;
  codes: Record<string, number>;
  malformed: Array<{ row: number; line: number; reason: string }>;
  fields: Record<string, number>;
}
interface JobExpect {
  type: string;
  id: string;
  lastStatus: string;
  polls: number;
  fastPolls: number;
  rowsFailed?: number;
  earlyFileFetches?: number;
  fileSize?: number;
  durationMs: number | null;
}
const EXPECTED = JSON.parse(readFileSync(fixture('bulk', 'expected.json'), 'utf8')) as {
  files: Record<string, FileExpect>;
  log: {
    jobs: JobExpect[];
    alreadyQueued: number;
    queueFull: number;
    exportBytes: Record<string, number>;
    calls: number;
    instance: { date: string; own606: number; instance606: number; topUserCalls: number; total: number };
  };
  saved: { days: string[]; errors606: Record<string, number>; usageTotals: Record<string, number> };
};

// biome-ignore lint/suspicious/noExplicitAny: the JSON report is read loosely here
type Json = any;

async function analyze(args: string[]): Promise<Json> {
  const { code, stdout, stderr } = await runCliInProcess(['analyze', ...args, '--format', 'json', '--quiet']);
  assert.equal(code, 0, stderr);
  return JSON.parse(stdout);
}

const codeCounts = (report: Json): Record<string, number> =>
  Object.fromEntries(report.levels.record.codes.map((c: Json) => [c.code, c.count]));

for (const name of Object.keys(EXPECTED.files)) {
  test(`${name}: rows, reasons by code and malformed rows as the file was made`, async () => {
    const want = EXPECTED.files[name]!;
    const report = await analyze([fixture('bulk', name)]);
    const input = report.inputs[0];
    assert.equal(input.format, 'bulk-failures');
    assert.equal(input.rows, want.rows);
    assert.deepEqual(codeCounts(report), want.codes);
    assert.deepEqual(input.malformed, want.malformed);
    assert.equal(report.totals.findings.record, want.rows);
    assert.equal(report.totals.marketoCalls, 0);
    const fields = Object.fromEntries(report.bulk.fields.map((f: Json) => [f.field, f.rows]));
    assert.deepEqual(fields, want.fields);
    assert.ok(report.diagnostics.some((d: Json) => d.id === 'bulk-failures'));
  });
}

test('--input-format bulk-failures reads a failure file whatever its first bytes look like', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bulk-'));
  const file = path.join(dir, 'renamed.txt');
  writeFileSync(file, 'email,Reason\na@x.se,Invalid email address\n');
  const report = await analyze([file, '--input-format', 'bulk-failures']);
  assert.deepEqual(codeCounts(report), { 1001: 1 });
});

test('emails of failed rows appear only with --show-records', async () => {
  const csv = fixture('bulk', 'leads-failures.csv');
  const plain = await runCliInProcess(['analyze', csv, '--format', 'json', '--quiet']);
  assert.doesNotMatch(plain.stdout, /lead\d+@example\.com/);
  const shown = await analyze([csv, '--show-records']);
  const keys = shown.levels.record.codes.flatMap((c: Json) => (c.records ?? []).map((r: Json) => r.key));
  assert.ok(keys.some((k: string) => /^email=lead\d+@example\.com$/.test(k)));
});

test('bulk jobs in a log: last status, polls, rows failed and time to done per job', async () => {
  const report = await analyze([fixture('bulk', 'bulk-jobs.ndjson')]);
  const jobs = report.jobs;
  for (const want of EXPECTED.log.jobs) {
    const got = jobs.jobs.find((j: Json) => j.id === want.id);
    assert.ok(got, want.id);
    assert.equal(got.type, want.type);
    assert.equal(got.lastStatus, want.lastStatus, want.id);
    assert.equal(got.polls, want.polls, want.id);
    assert.equal(got.fastPolls, want.fastPolls, want.id);
    assert.equal(got.durationMs, want.durationMs, want.id);
    if (want.rowsFailed !== undefined) assert.equal(got.rowsFailed, want.rowsFailed, want.id);
    if (want.earlyFileFetches !== undefined) assert.equal(got.earlyFileFetches, want.earlyFileFetches);
    if (want.fileSize !== undefined) assert.equal(got.fileSize, want.fileSize);
  }
  assert.equal(jobs.jobs.length, EXPECTED.log.jobs.length);
  assert.equal(jobs.alreadyQueued, EXPECTED.log.alreadyQueued);
  assert.equal(jobs.queueFull, EXPECTED.log.queueFull);
  assert.deepEqual(
    Object.fromEntries(jobs.exportBytesPerDay.map((d: Json) => [d.date, d.bytes])),
    EXPECTED.log.exportBytes,
  );
  const polling = report.diagnostics.find((d: Json) => d.id === 'bulk-polling');
  assert.ok(polling);
  assert.equal(
    polling.evidence.fastPolls,
    EXPECTED.log.jobs.reduce((n, j) => n + j.fastPolls, 0),
  );
  assert.deepEqual(
    polling.evidence.leftOpen.map((j: Json) => j.id),
    EXPECTED.log.jobs.filter((j) => j.lastStatus === 'Queued').map((j) => j.id),
  );
  assert.equal(polling.evidence.exportDays.length, 1);
});

test("Marketo's own counts beside the log's: 31 of the instance's 56 606s, and the user who dominates", async () => {
  const want = EXPECTED.log.instance;
  const report = await analyze([fixture('bulk', 'bulk-jobs.ndjson')]);
  const row = report.instance.errors.find((e: Json) => e.date === want.date && e.code === '606');
  assert.deepEqual(row, { date: want.date, code: '606', instance: want.instance606, log: want.own606 });
  const day = report.instance.usage.find((u: Json) => u.date === want.date);
  assert.equal(day.total, want.total);
  assert.equal(day.log, EXPECTED.log.calls);
  assert.equal(day.users[0].count, want.topUserCalls);
  // API user ids are email addresses: masked unless --show-records.
  assert.doesNotMatch(JSON.stringify(report), /marketing\.ops@example\.com|bulk\.sync@example\.com/);
  const usage = report.diagnostics.find((d: Json) => d.id === 'instance-usage');
  assert.ok(usage);
  assert.match(
    usage.advice,
    new RegExp(`made ${want.own606} of the instance's ${want.instance606} 606s on ${want.date}`),
  );
  const shown = await analyze([fixture('bulk', 'bulk-jobs.ndjson'), '--show-records']);
  assert.equal(shown.instance.usage.find((u: Json) => u.date === want.date).users[0].user, 'marketing.ops@example.com');
});

test('saved stats responses (pretty-printed, or one line without success) are read as counts, not calls', async () => {
  const report = await analyze([
    fixture('bulk', 'stats-errors-last7days.json'),
    fixture('bulk', 'stats-usage-last7days.json'),
  ]);
  assert.equal(report.totals.marketoCalls, 0);
  assert.deepEqual(
    report.inputs.map((i: Json) => i.statsResponses),
    [1, 1],
  );
  for (const date of EXPECTED.saved.days) {
    const e = report.instance.errors.find((x: Json) => x.date === date && x.code === '606');
    assert.equal(e.instance, EXPECTED.saved.errors606[date], date);
    assert.equal(
      report.instance.usage.find((u: Json) => u.date === date).total,
      EXPECTED.saved.usageTotals[date],
      date,
    );
  }
});

test('a day in a saved file and in a log call keeps the larger count: counts only grow in a day', async () => {
  const date = EXPECTED.log.instance.date;
  assert.ok(EXPECTED.saved.days.includes(date));
  const report = await analyze([fixture('bulk', 'stats-errors-last7days.json'), fixture('bulk', 'bulk-jobs.ndjson')]);
  const e = report.instance.errors.find((x: Json) => x.date === date && x.code === '606');
  assert.equal(e.instance, Math.max(EXPECTED.saved.errors606[date]!, EXPECTED.log.instance.instance606));
});

test('jobs, instance counts and bulk rows are the same read on worker threads and merged from reports', async () => {
  const files = ['bulk-jobs.ndjson', 'stats-usage-last7days.json', 'leads-failures.csv'].map((f) => fixture('bulk', f));
  const one = await analyze([...files, '--jobs', '1']);
  const threads = await analyze([...files, '--jobs', '3']);
  for (const key of ['jobs', 'instance', 'bulk', 'diagnostics'] as const) assert.deepEqual(threads[key], one[key], key);
  const dir = mkdtempSync(path.join(tmpdir(), 'bulk-merge-'));
  const parts = await Promise.all(files.map((f) => analyze([f])));
  const paths = parts.map((p, i) => {
    const out = path.join(dir, `part${i}.json`);
    writeFileSync(out, JSON.stringify(p));
    return out;
  });
  const merged = await runCliInProcess(['merge', ...paths, '--format', 'json']);
  assert.equal(merged.code, 0, merged.stderr);
  const whole = JSON.parse(merged.stdout);
  for (const key of ['jobs', 'instance', 'bulk', 'diagnostics'] as const) assert.deepEqual(whole[key], one[key], key);
});

test('--lang sv words the bulk diagnostics in Swedish', async () => {
  const report = await analyze([fixture('bulk', 'leads-failures.csv'), '--lang', 'sv']);
  const d = report.diagnostics.find((x: Json) => x.id === 'bulk-failures');
  assert.match(d.title, /importrader misslyckades/);
  assert.match(d.advice, /rapporteras som 1001/);
});

test("every human format shows the jobs and the share of Marketo's counts this log explains", async () => {
  const log = fixture('bulk', 'bulk-jobs.ndjson');
  const { own606, instance606 } = EXPECTED.log.instance;
  for (const [lang, of] of [
    ['en', 'of'],
    ['sv', 'av'],
  ] as const) {
    for (const format of ['table', 'markdown', 'html']) {
      const { code, stdout } = await runCliInProcess([
        'analyze',
        log,
        '--format',
        format,
        '--lang',
        lang,
        '--quiet',
        '--no-color',
      ]);
      assert.equal(code, 0);
      // The terminal table wraps long cells: compare without white space and box lines.
      const text = stdout.replace(/[\s│┌┐└┘├┤┬┴┼─]+/g, '');
      for (const j of EXPECTED.log.jobs) assert.ok(text.includes(j.id), `${format} ${lang}: job ${j.id}`);
      assert.ok(text.includes(`${own606}${of}${instance606}`), `${format} ${lang}: ${own606} ${of} ${instance606}`);
    }
  }
  const csv = await runCliInProcess(['analyze', log, '--format', 'csv', '--csv-rows', 'jobs', '--quiet']);
  assert.equal(csv.stdout.trim().split('\n').length, EXPECTED.log.jobs.length + 1);
});

test('junit fails a case per job that failed or lost rows; prometheus counts jobs and both sides of 606s', async () => {
  const log = fixture('bulk', 'bulk-jobs.ndjson');
  const junit = (await runCliInProcess(['analyze', log, '--format', 'junit', '--quiet'])).stdout;
  const suite = /<testsuite name="Bulk jobs" tests="(\d+)" failures="(\d+)"/.exec(junit);
  const bad = EXPECTED.log.jobs.filter((j) => j.lastStatus === 'Failed' || (j.rowsFailed ?? 0) > 0);
  assert.deepEqual(suite?.slice(1).map(Number), [EXPECTED.log.jobs.length, bad.length]);
  const prom = (await runCliInProcess(['analyze', log, '--format', 'prometheus', '--quiet'])).stdout;
  const jobs = [...prom.matchAll(/^marketo_errors_bulk_jobs\{[^}]*\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
  assert.equal(jobs, EXPECTED.log.jobs.length);
  const { date, own606, instance606 } = EXPECTED.log.instance;
  assert.match(prom, new RegExp(`instance_errors\\{day="${date}",code="606",scope="instance"\\} ${instance606}\n`));
  assert.match(prom, new RegExp(`instance_errors\\{day="${date}",code="606",scope="log"\\} ${own606}\n`));
  assert.doesNotMatch(prom, /example\.com/, 'no API user ids in metrics');
});
