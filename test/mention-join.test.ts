import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';
import { fixture } from './helpers/run-cli.js';

test('an error that repeats a response joins that call, not the call before it (the requestIds differ)', () => {
  const lines = readFileSync(fixture('ndjson', 'duplicates-wrapper-error.ndjson'), 'utf8').trimEnd().split('\n');
  const report = analyseLines('ndjson', lines);
  // Six calls: the 606, its retry, the 601, the token, the 1006 and the 615 (each error line repeats one of them).
  assert.equal(report.totals.marketoCalls, 6);
  assert.deepEqual(codeCounts(report, 'response').sort(), [
    ['1006', 1],
    ['601', 1],
    ['606', 1],
    ['615', 1],
  ]);
});
