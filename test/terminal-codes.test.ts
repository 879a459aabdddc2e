import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { withoutTerminalCodes } from '../src/normalise/text/terminal-codes.js';
import { analyseLines } from './helpers/analyse-lines.js';
import { fixture } from './helpers/run-cli.js';

test('colour sequences go, 7-bit and 8-bit; other text stays as it is', () => {
  assert.equal(
    withoutTerminalCodes('\u001b[37m2026-12-04 DEBUG\u001b[0m \u001b[1;34mx\u001b[0m'),
    '2026-12-04 DEBUG x',
  );
  assert.equal(withoutTerminalCodes('\u009b31mred\u009b0m'), 'red');
  const plain = 'GET /rest/v1/leads.json [ok] 200';
  assert.equal(withoutTerminalCodes(plain), plain);
});

// colorlog's ColoredFormatter, recorded with Debian's python3-colorlog against the mock (record-python.mjs).
const LINES = readFileSync(fixture('python', 'colorlog-ansi.log'), 'utf8').trim().split('\n');

test('a coloured text log reads as the plain one: times, and the host of a dropped call', () => {
  const report = analyseLines('text', LINES);
  // The dropped call's URL is the last connection's origin, which ended in a reset sequence.
  assert.equal(report.totals.noResponse, 1);
  assert.equal(report.totals.marketoCalls, 10);
  assert.equal(report.inputs[0]!.other, 0);
  assert.ok(report.timeline.points.length > 0, 'times read');
});

test("a coloured line inside a JSON record (Docker's json-file `log` of a TTY container) reads as plain", () => {
  const lines = LINES.map((log, i) =>
    JSON.stringify({ log: `${log}\n`, stream: 'stderr', time: `2026-12-04T20:05:14.${String(i).padStart(3, '0')}Z` }),
  );
  const report = analyseLines('ndjson', lines);
  assert.equal(report.totals.noResponse, 1);
  assert.equal(report.totals.marketoCalls, 10);
  assert.equal(report.inputs[0]!.other, 0);
});
