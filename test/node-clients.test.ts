import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';
import { analyseRecorded, assertCounts } from './helpers/recorded.js';
import { testRecordings } from './helpers/recorded-tests.js';

// Recorded by fixtures/tools/record-node-clients.mjs with npm's got (hooks logging through pino, or printing text)
// and undici (diagnostics_channel subscribers, the app's own lines, undici's error objects)
// against the mock; NAME.expected.json is what the mock answered. The got sync again through winston's simple
// format and through pino-pretty (fixtures/tools/record-pretty-loggers.mjs).
testRecordings('node-clients', [
  'got-pino.ndjson',
  'got-console.log',
  'undici-diagnostics.ndjson',
  'got-winston-simple.log',
  'got-pino-pretty.log',
]);

// winston's prettyPrint writes each record as util.inspect prints it, over many lines ({ level: 'info', ... }):
// sniffed as JSON, its records were not JSON, and none was read (0 calls; the input said to end inside a value).
test('node-clients/got-winston-pretty.log: every call and code', async () => {
  const { report, want } = await analyseRecorded('node-clients', 'got-winston-pretty.log');
  assertCounts(report, want);
  assert.equal(report.inputs[0]!.format, 'text');
  assert.equal(report.totals.malformed, 0);
});

test('a lone brace that opens no printed record leaves the text lines around it as they are', async () => {
  const lines = [
    '{',
    '2026-12-04 10:00:01 ERROR POST https://123-ABC-456.mktorest.com/rest/v1/leads.json 413',
    '}',
    '2026-12-04 10:00:02 ERROR POST https://123-ABC-456.mktorest.com/rest/v1/leads.json 413',
  ];
  const report = analyseLines('text', lines);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 2]]);
});
