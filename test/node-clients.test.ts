import { test } from 'node:test';
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
// sniffed as JSON, its records are not JSON, and none is read (0 calls; the input is said to end inside a value).
test('node-clients/got-winston-pretty.log: every call and code', {
  todo: "winston's prettyPrint is read as JSON",
}, async () => {
  const { report, want } = await analyseRecorded('node-clients', 'got-winston-pretty.log');
  assertCounts(report, want);
});
