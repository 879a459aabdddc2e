import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { assertCleanFailure, type JsonReport } from './helpers/hostile-cli.js';
import { HAR_ENTRY_606 } from './helpers/har-entry.js';

// Hostile HAR files through the CLI (the other hostile inputs: adversarial-input.test.ts).

test('a HAR entry that is not an object is counted as malformed and the entries after it are still read', async () => {
  const entry = HAR_ENTRY_606;
  const har = JSON.stringify(
    { log: { version: '1.2', creator: { name: 'test', version: '1' }, entries: [5, 'oops', null, entry, true] } },
    null,
    2,
  );
  const { code, stdout, stderr } = await runCliInProcess(['analyze', '--format', 'json'], har);
  assertCleanFailure(stderr);
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout) as JsonReport & {
    levels: { response: { codes: Array<{ code: string; count: number }> } };
  };
  assert.equal(report.complete, true);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(
    report.levels.response.codes.map((c) => [c.code, c.count]),
    [['606', 1]],
  );
  assert.equal(report.inputs[0]!.malformedCount, 4);
});

test('an invalid HAR: the entries before the damage are analysed and reading stops there', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'me-har-'));
  const file = path.join(dir, 'broken.har');
  const entry = JSON.stringify({
    startedDateTime: '2026-11-02T10:00:00Z',
    time: 50,
    request: { method: 'GET', url: 'https://1-A-2.mktorest.com/rest/v1/leads.json' },
    response: { status: 413, content: { text: '' } },
  });
  writeFileSync(file, `{"log":{"version":"1.2","entries":[${entry}, @@@ ${'x'.repeat(8 << 20)}`);
  const { code, stdout, stderr } = await runCliInProcess(['analyze', file, '--format', 'json']);
  assertCleanFailure(stderr);
  assert.equal(code, 3);
  const report = JSON.parse(stdout) as JsonReport & { inputs: Array<{ bytes: number }> };
  assert.equal(report.totals.marketoCalls, 1);
  assert.ok(report.inputs[0]!.bytes < 4 << 20, `read ${report.inputs[0]!.bytes} bytes of an 8 MB file`);
});
