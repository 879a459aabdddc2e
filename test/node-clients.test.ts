import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseRecorded, assertCounts, assertEndpoints, assertNoSecret } from './helpers/recorded.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// Recorded by fixtures/tools/record-node-clients.mjs with npm's got (hooks logging through pino, or printing text)
// and undici (diagnostics_channel subscribers, the app's own lines, undici's error objects)
// against the mock; NAME.expected.json is what the mock answered.
const DIR = 'node-clients';
const RECORDINGS = ['got-pino.ndjson', 'got-console.log', 'undici-diagnostics.ndjson'];

for (const log of RECORDINGS) {
  test(`${DIR}/${log}: calls, findings and their endpoints are what the mock answered`, async () => {
    const { report, want } = await analyseRecorded(DIR, log);
    assertCounts(report, want);
    assertEndpoints(report, want);
  });
}

for (const log of RECORDINGS) {
  test(`${DIR}/${log}: no access token, client secret or Authorization header reaches any report`, async () => {
    for (const format of ['json', 'table', 'csv', 'html']) {
      const run = await runCliInProcess(['analyze', `fixtures/${DIR}/${log}`, '--format', format, '--show-records']);
      assert.equal(run.code, 0, run.stderr);
      assertNoSecret(DIR, log, run.stdout + run.stderr);
      assert.doesNotMatch(run.stdout, /Bearer [0-9a-f]{8}-/i, format);
    }
  });
}
