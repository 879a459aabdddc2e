import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';
import { fixture } from './helpers/run-cli.js';

// loguru's serialize=True, recorded with Debian's python3-loguru against the mock (record-python.mjs).
const LINES = readFileSync(fixture('python', 'loguru-serialize.ndjson'), 'utf8').trim().split('\n');
const message = (line: string): string => (JSON.parse(line) as { record: { message: string } }).record.message;
const lineOf = (start: string, from = 0): number =>
  LINES.findIndex((l, i) => i >= from && message(l).startsWith(start));

test("loguru: a traceback is in `text` only (the record holds the exception's type and value): it is read", () => {
  const failed = lineOf('activities page failed');
  const report = analyseLines('ndjson', LINES.slice(failed - 1, failed + 1));
  assert.equal(report.totals.noResponse, 1);
  // The record's time ({repr, timestamp}) is the call's.
  assert.equal(report.timeline.points.length, 1);
});

test("loguru: the app's bound record of a call right after urllib3's line of it is that call, with its body", () => {
  // urllib3's line of the rate-limited upsert (200), then the app's record with Marketo's 606 body.
  const urllib3 = lineOf('http://', lineOf('error from marketo') - 3);
  const lines = LINES.slice(urllib3, urllib3 + 2);
  assert.match(message(lines[1]!), /^marketo response/);
  const report = analyseLines('ndjson', lines);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
});
