import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { normaliseOptions } from '../src/pipeline/options.js';
import { runAnalysis } from '../src/pipeline/run.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';
import { analyseRecorded, assertCounts, assertNoSecret } from './helpers/recorded.js';

// newman's JSON reporter (`--reporters json`): one document, its calls in run.executions[], each URL an
// object of parts and each response body a Buffer's bytes. The recorded run is in fixtures/newman/.
const bytes = (body: unknown) => ({ type: 'Buffer', data: [...Buffer.from(JSON.stringify(body))] });
const url = (path: string, query: [string, string][] = []) => ({
  protocol: 'https',
  path: path.split('/').filter(Boolean),
  host: ['284-rpr-133', 'mktorest', 'com'],
  query: query.map(([key, value]) => ({ key, value })),
  variable: [],
});
const execution = (method: string, u: unknown, response?: unknown, requestError?: unknown) => ({
  cursor: { position: 0, iteration: 0, httpRequestId: 'fe011d80' },
  item: { name: 'a request', request: { url: { host: ['{{base}}'], path: ['rest'] }, method } },
  request: { url: u, method, header: [{ key: 'Authorization', value: 'Bearer tok-abc' }] },
  ...(response ? { response } : {}),
  ...(requestError ? { requestError } : {}),
  assertions: [],
});
const response = (code: number, body: unknown) => ({
  status: 'OK',
  code,
  header: [{ key: 'content-type', value: 'application/json' }],
  stream: bytes(body),
  responseTime: 42,
  responseSize: 120,
});
const report = (executions: unknown[]) => ({
  collection: { info: { name: 'Marketo' }, item: [] },
  environment: { values: [] },
  globals: { values: [] },
  run: { stats: {}, timings: {}, executions, transfers: {}, failures: [], error: null },
});

const skipped = { success: true, result: [{ status: 'skipped', reasons: [{ code: '1005', message: 'exists' }] }] };
const rate = { success: false, errors: [{ code: '606', message: 'Max rate limit' }] };

test("every execution of newman's JSON report is a call: status, body bytes, no answer", () => {
  const doc = report([
    execution('POST', url('/rest/v1/leads.json'), response(200, skipped)),
    execution('GET', url('/rest/v1/leads.json', [['filterType', 'id']]), response(200, rate)),
    execution('GET', url('/rest/v1/leads.json'), response(414, '<html>414</html>')),
    execution('GET', url('/rest/v1/activities.json'), undefined, { code: 'ECONNRESET' }),
    // Older reports and hand-edited collections keep the URL as one string.
    execution('GET', 'https://284-rpr-133.mktorest.com/rest/v1/leads.json', response(200, rate)),
  ]);
  // newman writes it pretty-printed (the recorded fixture); the input stage hands the analyzer one value.
  const got = analyseLines('json', [JSON.stringify(doc)]);
  assert.equal(got.totals.marketoCalls, 5);
  assert.equal(got.totals.noResponse, 1);
  assert.deepEqual(codeCounts(got, 'http'), [['414', 1]]);
  assert.deepEqual(codeCounts(got, 'response'), [['606', 2]]);
  assert.deepEqual(codeCounts(got, 'record'), [['1005', 1]]);
});

test('a report over the record size cap is read execution by execution', async () => {
  // A long run's report passes the cap (byte arrays, pretty-printed: 45 MB for 5,400 calls); 4 KiB stands in for it.
  const executions = Array.from({ length: 40 }, (_, i) =>
    i % 2
      ? execution('POST', url('/rest/v1/leads.json'), response(200, skipped))
      : execution('GET', url('/rest/v1/leads.json'), response(200, rate)),
  );
  const dir = mkdtempSync(join(tmpdir(), 'newman-'));
  try {
    const file = join(dir, 'run.json');
    writeFileSync(file, JSON.stringify(report(executions), null, 2));
    const options = normaliseOptions({ jobs: 1, maxLineBytes: 4096 });
    const analyzer = await runAnalysis([file], new PassThrough(), options);
    const got = analyzer.report({ lang: 'en', tool: { name: 't', version: '0' }, filters: {} });
    assert.equal(got.totals.marketoCalls, 40);
    assert.deepEqual(codeCounts(got, 'response'), [['606', 20]]);
    assert.deepEqual(codeCounts(got, 'record'), [['1005', 20]]);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a report whose executions are not calls, or whose body bytes are not bytes, loses nothing else', () => {
  const hostile = report([
    execution('GET', { host: 'not-a-list', path: 7, query: 'x' }, response(200, rate)),
    execution('GET', url('/rest/v1/leads.json'), { code: 200, stream: { type: 'Buffer', data: [999, -1, 'x'] } }),
    execution('GET', url('/rest/v1/leads.json'), { code: '2000', stream: 'not bytes' }),
    null,
    execution('POST', url('/rest/v1/leads.json'), response(200, skipped)),
  ]);
  const got = analyseLines('json', [JSON.stringify(hostile)]);
  assert.deepEqual(codeCounts(got, 'record'), [['1005', 1]]);
  assert.equal(got.totals.findings.http, 0);
});

// newman's cli reporter, as recorded in fixtures/newman/cli/ (the request lines; bodies it prints are wrapped).
test("newman's cli request lines are calls with their status, or with no answer", () => {
  const host = 'http://284-rpr-133.mktorest.com:35773';
  const report = analyseLines('text', [
    '→ Get token with a wrong secret',
    `  GET ${host}/identity/oauth/token?client_secret=s3cr3t [401 Unauthorized, 280B, 65ms]`,
    '  1. HTTP 200',
    `  POST ${host}/rest/v1/leads.json [200 OK, 402B, 8ms]`,
    `  GET ${host}/rest/v1/leads.json?filterValues=a@example.com [414 Request-URI Too Large, 466B, 2ms]`,
    `  GET ${host}/rest/v1/activities.json?nextPageToken=GIYDAOBNGEYS2MBW [errored]`,
    '     socket hang up',
  ]);
  assert.equal(report.totals.marketoCalls, 4);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(codeCounts(report, 'http'), [
    ['401', 1],
    ['414', 1],
  ]);
});

// The recorded cli output: what the mock answered (fixtures/newman/cli/newman-cli.txt.expected.json).
test("newman's recorded cli output gives the HTTP statuses and the call with no answer the mock gave", async () => {
  const { report, want } = await analyseRecorded('newman/cli', 'newman-cli.txt');
  assert.equal(report.totals.noResponse, want.noResponse);
  assert.deepEqual(Object.fromEntries(codeCounts(report, 'http')), want.levels.http);
  assertNoSecret('newman/cli', 'newman-cli.txt', JSON.stringify(report));
});

test("newman's recorded cli output: every call and code", async () => {
  // The console box cuts a body at 54 columns ('"c' / 'ode":"1005"'): its lines are joined back (newman-box.ts).
  // The failure summary repeats each failed assertion's message far from its request: it joins that call.
  const { report, want } = await analyseRecorded('newman/cli', 'newman-cli.txt');
  assertCounts(report, want);
});
