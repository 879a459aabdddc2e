import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

const DEMO = fixture('demo', 'nightly-sync.ndjson');
const demoText = readFileSync(DEMO, 'utf8');
const occurrences = (needle: string): number => demoText.split(needle).length - 1;

// Expected numbers come from the fixture's own text, not from a previous run.
const EXPECTED: Record<string, number> = {
  'response:606': occurrences('"code":"606"'),
  'response:602': occurrences('"code":"602"'),
  'record:1005': occurrences('"code":"1005"'),
  'record:1006': occurrences('"code":"1006"'),
  'record:1015': occurrences('"code":"1015"'),
  'http:413': occurrences('"statusCode":413'),
};
const SECRETS = ['demo-secret-do-not-ship', 'ya29.demo-token'];

interface JsonReport {
  complete: boolean;
  totals: Record<string, number>;
  inputs: Array<{
    malformed: Array<{ line: number }>;
    malformedCount: number;
    unrecognised: number;
    gzip: boolean;
    truncated: unknown;
  }>;
  levels: Record<string, { codes: Array<{ code: string; count: number; exchanges: number }> }>;
}

function countsOf(report: JsonReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [level, { codes }] of Object.entries(report.levels))
    for (const c of codes) out[`${level}:${c.code}`] = c.count;
  return out;
}

test('analyze --format json: every level and code counted as the fixture holds them', async () => {
  const { code, stdout, stderr } = await runCliInProcess(['analyze', DEMO, '--format', 'json', '--quiet']);
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout) as JsonReport;
  assert.deepEqual(countsOf(report), EXPECTED);
  assert.equal(report.complete, true);
  assert.deepEqual(
    report.inputs[0]!.malformed.map((m) => m.line),
    [171, 172, 173],
  );
  assert.equal(report.inputs[0]!.unrecognised, 1, 'the app\'s own "retrying after 602" line is not an exchange');
  assert.equal(report.totals.marketoCalls, occurrences('"msg":"marketo request completed"'));
  for (const s of SECRETS) assert.ok(!stdout.includes(s), `leaked ${s}`);
});

test('csv, markdown and html show the same counts as json', async () => {
  const csv = (await runCliInProcess(['analyze', DEMO, '--format', 'csv'])).stdout;
  const rows = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  for (const [key, n] of Object.entries(EXPECTED)) {
    const [level, c] = key.split(':');
    const row = rows.find((r) => r[0] === level && r[1] === c);
    assert.ok(row, `csv lacks ${key}`);
    assert.equal(Number(row[2]), n, `csv count of ${key}`);
  }
  const md = (await runCliInProcess(['analyze', DEMO, '--format', 'markdown'])).stdout;
  const html = (await runCliInProcess(['analyze', DEMO, '--format', 'html'])).stdout;
  for (const [key, n] of Object.entries(EXPECTED)) {
    const c = key.split(':')[1]!;
    assert.match(md, new RegExp(`\\|\\s*\`?${c}\`?\\s*\\|\\s*${n}\\s*\\|`), `markdown row of ${key}`);
    assert.match(html, new RegExp(`>${c}<[\\s\\S]{0,400}?>${n}<`), `html row of ${key}`);
  }
  for (const out of [csv, md, html]) for (const s of SECRETS) assert.ok(!out.includes(s), `leaked ${s}`);
});

test('gzip on stdin gives the same counts as the plain file', async () => {
  const { code, stdout } = await runCliInProcess(['analyze', '--format', 'json'], gzipSync(readFileSync(DEMO)));
  assert.equal(code, 0);
  const report = JSON.parse(stdout) as JsonReport;
  assert.deepEqual(countsOf(report), EXPECTED);
  assert.equal(report.inputs[0]!.gzip, true);
});

test('a missing file is named on stderr, the other input is still analysed, and the exit code is 3', async () => {
  const { code, stdout, stderr } = await runCliInProcess(['analyze', 'no/such.log', DEMO, '--format', 'json']);
  assert.equal(code, 3);
  assert.match(stderr, /no\/such\.log/);
  assert.doesNotMatch(stderr, /\bat .*\.js:\d+/);
  const report = JSON.parse(stdout) as JsonReport;
  assert.equal(report.complete, false);
  assert.deepEqual(countsOf(report), EXPECTED);
});

test('--fail-on exits 1 only when a named level has findings; filters narrow the report', async () => {
  assert.equal((await runCliInProcess(['analyze', DEMO, '--format', 'json', '--fail-on', 'record'])).code, 1);
  const only = await runCliInProcess([
    'analyze',
    DEMO,
    '--format',
    'json',
    '--level',
    'response',
    '--code',
    '606',
    '--fail-on',
    'http',
  ]);
  assert.equal(only.code, 0);
  assert.deepEqual(countsOf(JSON.parse(only.stdout) as JsonReport), { 'response:606': EXPECTED['response:606'] });
  const bad = await runCliInProcess(['analyze', DEMO, '--level', 'nope']);
  assert.equal(bad.code, 2);
});

test('a truncated gzip file: what came before is analysed, the report says incomplete, exit 3', async () => {
  const gz = gzipSync(readFileSync(DEMO));
  const { code, stdout, stderr } = await runCliInProcess(
    ['analyze', '-', '--format', 'json'],
    gz.subarray(0, Math.floor(gz.length * 0.6)),
  );
  assert.equal(code, 3);
  assert.match(stderr, /gzip/);
  const report = JSON.parse(stdout) as JsonReport;
  assert.equal(report.complete, false);
  assert.ok(
    report.totals.marketoCalls > 0 && report.totals.marketoCalls < occurrences('"msg":"marketo request completed"'),
  );
});

test('--csv-rows findings: one row per finding with its file:line, as many as the JSON counts', async () => {
  const json = JSON.parse((await runCliInProcess(['analyze', DEMO, '--format', 'json'])).stdout) as JsonReport;
  const total = Object.values(json.totals.findings as unknown as Record<string, number>).reduce((a, b) => a + b, 0);
  const { code, stdout } = await runCliInProcess(['analyze', DEMO, '--format', 'csv', '--csv-rows', 'findings']);
  assert.equal(code, 0);
  const lines = stdout.trim().split('\n');
  assert.equal(lines[0], 'level,code,message,params,record_index,request_id,endpoint,time,source');
  assert.equal(lines.length - 1, total);
  assert.ok(lines.slice(1).every((l) => /nightly-sync\.ndjson:\d+$/.test(l)));
  assert.equal(lines.filter((l) => l.startsWith('record,1006,')).length, EXPECTED['record:1006']);
});

test('every diagnostic of the demo log is in every format', async () => {
  const json = JSON.parse((await runCliInProcess(['analyze', DEMO, '--format', 'json'])).stdout) as {
    diagnostics: Array<{ id: string; title: string }>;
  };
  const ids = json.diagnostics.map((d) => d.id).sort();
  for (const id of ['rate-window', 'record-patterns', 'token-handling', 'near-limits'])
    assert.ok(ids.includes(id), `demo log lacks ${id}`);
  const csv = (await runCliInProcess(['analyze', DEMO, '--format', 'csv', '--csv-rows', 'diagnostics'])).stdout;
  assert.deepEqual(
    csv
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0])
      .sort(),
    ids,
  );
  const md = (await runCliInProcess(['analyze', DEMO, '--format', 'markdown'])).stdout.replace(/\\/g, '');
  const html = (await runCliInProcess(['analyze', DEMO, '--format', 'html'])).stdout.replace(/&#39;/g, "'");
  const table = (await runCliInProcess(['analyze', DEMO, '--format', 'table'])).stdout;
  for (const d of json.diagnostics) {
    assert.ok(md.includes(d.title), `markdown lacks ${d.id}`);
    assert.ok(html.includes(d.title), `html lacks ${d.id}`);
    assert.ok(table.includes(d.title.split(' ').slice(0, 4).join(' ')), `table lacks ${d.id}`);
  }
});

test('a clean log: no findings, no diagnostics, exit 0 even with --fail-on', async () => {
  const start = Date.parse('2026-11-03T08:00:00Z');
  const lines = Array.from({ length: 50 }, (_, i) =>
    JSON.stringify({
      level: 30,
      time: start + i * 72_000,
      pid: 7,
      hostname: 'sync-1',
      req: { id: i + 1, method: 'POST', url: '/rest/v1/leads.json', headers: { host: '123-ABC-456.mktorest.com' } },
      res: {
        statusCode: 200,
        body: { requestId: `a${i}#b${i}`, result: [{ id: 1000 + i, status: 'updated' }], success: true },
      },
      responseTime: 180,
      msg: 'request completed',
    }),
  );
  const { code, stdout } = await runCliInProcess(
    ['analyze', '--format', 'json', '--fail-on', 'http,response,record'],
    lines.join('\n') + '\n',
  );
  assert.equal(code, 0);
  const report = JSON.parse(stdout) as JsonReport & { diagnostics: unknown[] };
  assert.equal(report.totals.marketoCalls, 50);
  assert.deepEqual(countsOf(report), {});
  assert.deepEqual(report.diagnostics, []);
});

test('a truncated HAR: the entries before the cut are analysed, stderr says where, exit 3', async () => {
  const { code, stdout, stderr } = await runCliInProcess([
    'analyze',
    fixture('har', 'truncated-mid-entry.har'),
    '--format',
    'json',
  ]);
  assert.equal(code, 3);
  assert.match(stderr, /truncated-mid-entry\.har:\d+: truncated/);
  assert.equal(stderr.trim().split('\n').length, 1);
  const report = JSON.parse(stdout) as JsonReport;
  assert.equal(report.complete, false);
  assert.ok(report.totals.marketoCalls > 0);
  assert.ok(report.inputs[0]!.truncated);
});

test('a --code filter narrows the findings, not what a call costs: quota calls stay the same', async () => {
  const all = JSON.parse((await runCliInProcess(['analyze', DEMO, '--format', 'json'])).stdout) as JsonReport;
  const only = JSON.parse(
    (await runCliInProcess(['analyze', DEMO, '--format', 'json', '--code', '1006'])).stdout,
  ) as JsonReport;
  assert.equal(only.totals.marketoCalls, all.totals.marketoCalls);
  assert.equal(only.totals.quotaCalls, all.totals.quotaCalls, 'the 602 calls cost no quota whatever is shown');
});
