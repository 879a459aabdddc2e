import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCliInProcess } from './helpers/cli-in-process.js';

// Logs of different days (the demo is from 2026, the client fixtures from 2024-06-10, hours apart),
// listed newest first: one pass reads older calls after newer ones at every file boundary.
const FILES = [
  'fixtures/demo/nightly-sync.ndjson',
  'fixtures/ndjson/pino-http.ndjson',
  'fixtures/ndjson/winston-json.ndjson',
  'fixtures/ndjson/axios-errors.ndjson',
  'fixtures/ndjson/bunyan.ndjson',
  'fixtures/ndjson/duplicates-wrapper-error.ndjson',
];

interface Json {
  diagnostics: Array<{ id: string; evidence: Record<string, unknown> }>;
  peaks: { inFlight: number; rateWindowCalls: number };
}

async function analyze(files: string[], jobs: number): Promise<Json> {
  const r = await runCliInProcess(['analyze', ...files, '--format', 'json', '--jobs', String(jobs)]);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return JSON.parse(r.stdout) as Json;
}

test('the diagnostics and peaks of several logs do not depend on how the files were grouped', async () => {
  for (const files of [FILES, [...FILES].reverse()]) {
    const one = await analyze(files, 1);
    const two = await analyze(files, 2);
    assert.deepEqual(one.diagnostics, two.diagnostics, files.join(' '));
    assert.deepEqual(one.peaks, two.peaks);
  }
});

test('a call of one log is not in flight with a call of another log of a different day', async () => {
  let most = 0;
  for (const file of FILES) most = Math.max(most, (await analyze([file], 1)).peaks.inFlight);
  assert.ok(most > 0, 'the fixtures have durations');
  const all = await analyze(FILES, 1);
  assert.equal(all.peaks.inFlight, most);
  const conc = all.diagnostics.find((d) => d.id === 'concurrency');
  if (conc) assert.equal(conc.evidence.peakInFlight, most);
});
