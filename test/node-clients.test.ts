import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../src/aggregate/report-model.js';
import { analyseRecorded, assertCounts, assertNoSecret, type Expected } from './helpers/recorded.js';
import { runCli } from './helpers/run-cli.js';

// Recorded by fixtures/tools/record-node-clients.mjs with npm's got (hooks logging through pino)
// and undici (diagnostics_channel subscribers, the app's own lines, undici's error objects)
// against the mock; NAME.expected.json is what the mock answered.
const DIR = 'node-clients';
const RECORDINGS = ['got-pino.ndjson', 'undici-diagnostics.ndjson'];

function assertEndpoints(report: Report, want: Expected): void {
  for (const level of ['http', 'response', 'record'] as const) {
    const where = Object.fromEntries(
      report.levels[level].codes.map((c) => [
        c.code,
        Object.fromEntries(c.endpoints.map((e) => [e.endpoint, e.count])),
      ]),
    );
    assert.deepEqual(where, want.endpoints?.[level], `${level} endpoints`);
  }
}

for (const log of RECORDINGS) {
  test(`${DIR}/${log}: calls, findings and their endpoints are what the mock answered`, async () => {
    const { report, want } = await analyseRecorded(DIR, log);
    assertCounts(report, want);
    assertEndpoints(report, want);
  });
}

for (const log of [...RECORDINGS, 'got-console.log']) {
  test(`${DIR}/${log}: no access token, client secret or Authorization header reaches any report`, async () => {
    for (const format of ['json', 'table', 'csv', 'html']) {
      const run = await runCli(['analyze', `fixtures/${DIR}/${log}`, '--format', format, '--show-records']);
      assert.equal(run.code, 0, run.stderr);
      assertNoSecret(DIR, log, run.stdout + run.stderr);
      assert.doesNotMatch(run.stdout, /Bearer [0-9a-f]{8}-/i, format);
    }
  });
}

// Today the codes and HTTP statuses of the plain-text recording count right (its got errors are read),
// but not its calls: 20 of 22, the three dropped connections missing.
test(`${DIR}/got-console.log: the plain lines of a got app count like its JSON`, {
  todo:
    'a text line `GET url 200 12ms {body}` is read for its body alone (the method, URL and status before it ' +
    'are lost), and `GET url failed: socket hang up` is not read as a call with no response',
}, async () => {
  const { report, want } = await analyseRecorded(DIR, 'got-console.log');
  assertCounts(report, want);
  assertEndpoints(report, want);
});
