import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCliInProcess } from './helpers/cli-in-process.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bulk-hostile-'));
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const line = (url: string, body: unknown, time = Date.parse('2026-11-02T14:00:00Z')): string =>
  JSON.stringify({
    time,
    req: { method: 'GET', url, headers: { host: '284-RPR-133.mktorest.com' } },
    res: { statusCode: 200, body },
  });

const HOSTILE_MESSAGE = '<img src=x onerror=alert(1)> =HYPERLINK("http://x") | *bold* \u001b[2J';

// Job status and stats bodies as an attacker or a broken proxy might write them.
const LOG = [
  line('/bulk/v1/leads/batch/77.json', {
    success: true,
    result: [
      { batchId: 77, status: 'Failed', numOfRowsFailed: -5, numOfRowsWithWarning: '12abc', message: HOSTILE_MESSAGE },
    ],
  }),
  line('/bulk/v1/leads/batch/78.json', {
    success: true,
    result: [{ batchId: 78, status: 'Complete', numOfRowsFailed: 1e30 }],
  }),
  line('/bulk/v1/leads/batch/79.json', { success: true, result: [{ batchId: { toString: 1 }, status: { x: 1 } }] }),
  line('/bulk/v1/leads/export/e1/status.json', {
    success: true,
    result: [{ exportId: 'e1', status: 'Completed', fileSize: 'NaN' }],
  }),
  line('/bulk/v1/leads/batch/80.json', { success: true, result: [{ batchId: 80, status: 'Queued' }] }, 1e308),
  line('/rest/v1/stats/errors.json', {
    success: true,
    result: [
      { date: '2026-13-45', total: 5, errors: [{ errorCode: '606', count: 5 }] },
      {
        date: '2026-11-02',
        total: -3,
        errors: [
          { errorCode: '606', count: -1 },
          { errorCode: { a: 1 }, count: 2 },
        ],
      },
      { date: '2026-11-02', total: 9, errors: [{ errorCode: '=1+1', count: 4 }] },
    ],
  }),
  line('/rest/v1/stats/usage.json', { success: true, result: [{ date: '2026-11-02', users: 'everyone' }] }),
].join('\n');

async function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCliInProcess(['analyze', ...args, '--quiet']);
}

test('hostile numbers in job and stats bodies are dropped, never a crash', async () => {
  const log = file('hostile.ndjson', LOG);
  const { code, stdout, stderr } = await run([log, '--format', 'json']);
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout);
  const job = (id: string) => report.jobs.jobs.find((j: { id: string }) => j.id === id);
  assert.equal(job('77').rowsFailed, null);
  assert.equal(job('77').rowsWithWarning, null);
  assert.equal(job('78').rowsFailed, null);
  // An id that is an object is no id: the path names the job; a status that is an object is none.
  assert.equal(job('79').lastStatus, null);
  assert.equal(
    report.jobs.jobs.some((j: { id: string }) => j.id.includes('object')),
    false,
  );
  assert.equal(job('e1').fileSize, null);
  assert.equal(job('80').firstSeen, null, 'a time no Date can hold is no time');
  const rows = report.instance.errors.filter((e: { date: string }) => e.date !== '2026-11-02');
  assert.deepEqual(rows, [], 'a date that is no day is dropped');
  const codes = report.instance.errors.map((e: { code: string; instance: number }) => [e.code, e.instance]);
  assert.deepEqual(codes, [['=1+1', 4]]);
});

test('log text in the jobs and instance sections is escaped in every format', async () => {
  const log = file('hostile-formats.ndjson', LOG);
  const html = (await run([log, '--format', 'html'])).stdout;
  assert.doesNotMatch(html, /<img src=x/);
  assert.match(html, /&lt;img src=x/);
  const md = (await run([log, '--format', 'markdown'])).stdout;
  assert.match(md, /\\\| \\\*bold\\\*/);
  const table = (await run([log, '--format', 'table', '--no-color'])).stdout;
  assert.doesNotMatch(table, /\u001b/);
  const jobs = (await run([log, '--format', 'csv', '--csv-rows', 'jobs'])).stdout;
  assert.match(jobs, /"'<img|'<img|,'=HYPERLINK|"<img src=x onerror=alert\(1\)> =HYPERLINK/);
  assert.doesNotMatch(jobs, /\u001b/);
  const instance = (await run([log, '--format', 'csv', '--csv-rows', 'instance'])).stdout;
  assert.match(instance, /errors,2026-11-02,'=1\+1,,4,0/);
});

test('a failure file with megabytes in one open quote is read in bounded pieces and the rest is kept', async () => {
  const open = `a@x.se,"${'z'.repeat(3 << 20)}`;
  const csv = file('huge-quote.csv', `email,note,Import Failure Reason\n${open}\nb@x.se,ok,Invalid email address\n`);
  const { code, stdout, stderr } = await run([csv, '--format', 'json']);
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout);
  assert.deepEqual(report.inputs[0].malformed, [{ line: 2, reason: 'broken-quote', row: 1 }]);
  assert.equal(report.inputs[0].rows, 1);
  assert.equal(report.levels.record.codes[0].code, '1001');
});

test('a failure file that is only a header, or empty, gives an empty report and exit 0', async () => {
  for (const text of ['email,Import Failure Reason\r\n', '\uFEFF']) {
    const { code, stdout, stderr } = await run([
      file('empty.csv', text),
      '--format',
      'json',
      '--input-format',
      'bulk-failures',
    ]);
    assert.equal(code, 0, stderr);
    assert.equal(JSON.parse(stdout).totals.findings.record, 0);
  }
});

test('a log time no Date can hold (1e308) is no time, in every stage: exit 0, not 70', async () => {
  const rest = JSON.stringify({
    time: 1e308,
    req: { method: 'GET', url: '/rest/v1/leads.json', headers: { host: '284-RPR-133.mktorest.com' } },
    res: { statusCode: 200, body: { success: false, errors: [{ code: '606', message: 'Max rate limit' }] } },
  });
  const { code, stdout, stderr } = await run([file('far-time.ndjson', `${rest}\n`), '--format', 'json']);
  assert.equal(code, 0, stderr);
  assert.equal(JSON.parse(stdout).totals.marketoCalls, 1);
});

// Found attacking the tool: the reason column of a failure file reached every format as it was written,
// secrets and all (no other text from a log did): 'password: x' stayed in JSON, CSV, Markdown and HTML.
test('a secret in a failure file reason, a row key or a job message reaches no format', async () => {
  const failures = file(
    'failures.csv',
    [
      'email,firstName,Import Failure Reason',
      `ana@example.com,Ana,"Field 'access_token=BLK01sec' not found"`,
      'bo@example.com,Bo,password: BLK02sec rejected',
      `"api_key=BLK03sec",Cem,Invalid email address`,
      `dana@example.com,Dana,"Value for lookup field '%61ccess_token=BLK04sec' not found"`,
      '',
    ].join('\n'),
  );
  const jobs = file(
    'jobs.ndjson',
    `${line('/bulk/v1/leads/batch/81.json', {
      success: true,
      result: [{ batchId: 81, status: 'Failed', message: 'upload refused: client_secret=BLK05sec' }],
    })}\n`,
  );
  for (const format of ['json', 'csv', 'markdown', 'html', 'table']) {
    for (const more of [[], ['--show-records']]) {
      const r = await runCliInProcess(['analyze', failures, jobs, '--format', format, '-q', ...more]);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(r.stdout.length > 200, 'a report');
      assert.deepEqual(r.stdout.match(/BLK0\d/g), null, `${format} ${more.join(' ')}`);
    }
  }
});
