/** The two tests every directory of recorded client logs gets: the mock's counts, and no secret in any report. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCliInProcess } from './cli-in-process.js';
import { analyseRecorded, assertCounts, assertEndpoints, assertNoSecret } from './recorded.js';

export function testRecordings(dir: string, recordings: string[]): void {
  for (const log of recordings) {
    test(`${dir}/${log}: calls, findings and their endpoints are what the mock answered`, async () => {
      const { report, want } = await analyseRecorded(dir, log);
      assertCounts(report, want);
      assertEndpoints(report, want);
    });
  }

  for (const log of recordings) {
    test(`${dir}/${log}: no access token, client secret or Authorization header reaches any report`, async () => {
      for (const format of ['json', 'table', 'csv', 'html', 'markdown']) {
        const run = await runCliInProcess(['analyze', `fixtures/${dir}/${log}`, '--format', format, '--show-records']);
        assert.equal(run.code, 0, run.stderr);
        assertNoSecret(dir, log, run.stdout + run.stderr);
        assert.doesNotMatch(run.stdout, /Bearer [0-9a-f]{8}-/i, format);
      }
    });
  }
}
