import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { analyseRecorded, assertCounts, assertEndpoints, assertNoSecret } from './helpers/recorded.js';

// Recorded by fixtures/tools/record-clients.mjs against the mock: curl -v, PHP Guzzle and Ruby Faraday
// themselves, and calls whose lines are written in the documented format of .NET's IHttpClientFactory,
// OkHttp, Spring's WebClient, Apache HttpClient and Go (NAME-documented.log), with calls overlapping where
// the client prints an id. NAME.expected.json is what the mock answered (fixtures/clients/README.md).
const DIR = 'clients';
const RECORDINGS = [
  'curl-verbose.log',
  'guzzle-clf.log',
  'faraday-logger.log',
  ...['dotnet', 'okhttp', 'spring', 'apache', 'go'].map((client) => `${client}-documented.log`),
];

for (const log of RECORDINGS) {
  test(`${DIR}/${log}: calls, findings and their endpoints are what the mock answered`, async () => {
    const { report, want } = await analyseRecorded(DIR, log);
    assertCounts(report, want);
    assertEndpoints(report, want);
  });
}

for (const log of RECORDINGS) {
  test(`${DIR}/${log}: no token, client secret or Authorization header reaches any report`, async () => {
    for (const format of ['json', 'table', 'csv', 'html', 'markdown']) {
      const run = await runCliInProcess(['analyze', `fixtures/${DIR}/${log}`, '--format', format, '--show-records']);
      assert.equal(run.code, 0, run.stderr);
      assertNoSecret(DIR, log, run.stdout + run.stderr);
      assert.doesNotMatch(run.stdout, /Bearer [0-9a-f]{8}-/i, format);
    }
  });
}
