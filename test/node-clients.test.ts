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
