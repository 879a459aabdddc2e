import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyseLines } from './helpers/analyse-lines.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { assertNoSecret } from './helpers/recorded.js';
import { testRecordings } from './helpers/recorded-tests.js';
import { fixture } from './helpers/run-cli.js';

// Recorded by fixtures/tools/record-app-loggers.mjs against the mock: an axios lead sync logged through log4js
// (file appender and its basic layout, stdout and its coloured one; AxiosError objects), axios-logger, consola,
// tslog (pretty and JSON) and the debug module; a Ruby script with Logger and Net::HTTP; a PHP script's error_log()
// of curl_* results with print_r(), and its own file_put_contents() lines with var_export().
// NAME.expected.json is what the mock answered.
testRecordings('app-loggers', [
  'log4js-file.log',
  'log4js-stdout-coloured.log',
  'axios-logger.log',
  'axios-console.log',
  'consola.log',
  'consola-terminal.log',
  'tslog-pretty.log',
  'tslog-json.ndjson',
  'debug-marketo.log',
  'ruby-logger.log',
  'ruby-logger-exceptions.log',
  'php-curl-error-log.log',
  'php-curl-file-put-contents.log',
]);

// NODE_DEBUG=http names sockets and connections, DEBUG=follow-redirects the options of each request, never a
// status or a body: of the 19 calls the mock answered none can be counted. They gave silent reports of 2 and of 18
// calls with no response (the options they dump, read as requests); the input must say what it could not read,
// and exit 3.
for (const [log, first] of [
  ['node-debug-http.log', 2],
  ['debug-follow-redirects.log', 1],
] as const) {
  test(`app-loggers/${log}: no call counted, and the input says why, with what to log instead`, async () => {
    const want = JSON.parse(readFileSync(fixture('app-loggers', `${log}.expected.json`), 'utf8'));
    assert.equal(want.marketoCalls, 19);
    const run = await runCliInProcess(['analyze', fixture('app-loggers', log), '--format', 'json']);
    assert.equal(run.code, 3, run.stderr);
    assert.match(run.stderr, new RegExp(`${log}:${first}: Node's debug output \\(NODE_DEBUG, .*\\) names no status`));
    const report = JSON.parse(run.stdout);
    assert.equal(report.totals.marketoCalls, 0);
    assert.equal(report.complete, false);
    assertNoSecret('app-loggers', log, run.stdout + run.stderr);
    const sv = await runCliInProcess(['analyze', fixture('app-loggers', log), '--lang', 'sv']);
    assert.match(sv.stderr, /Nodes felsökningsutdata \(NODE_DEBUG, .*\) nämner ingen status/);
  });
}

test("Node's debug output between an app's lines: its dumped options are no call, and the calls are read", () => {
  const report = analyseLines('text', [
    'HTTP 14219: createConnection 284-rpr-133.mktorest.com:443: [Object: null prototype] {',
    "  protocol: 'https:',",
    "  method: 'POST',",
    "  host: '284-rpr-133.mktorest.com',",
    '  path: null',
    '}',
    'HTTP 14219: AGENT incoming response!',
    '2026-12-04T21:00:01.000Z INFO POST https://284-rpr-133.mktorest.com/rest/v1/leads.json 413 12ms',
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.equal(report.totals.noResponse, 0);
  assert.equal(report.inputs[0]!.truncated, false);
});

test('inspect names the lines of a value printed below its message, and reads the calls analyze reads', async () => {
  const run = await runCliInProcess(['inspect', fixture('app-loggers', 'log4js-file.log'), '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  const shapes = JSON.parse(run.stdout).shapes as Array<{ shape: string; lines: number }>;
  assert.ok(shapes.some((s) => s.shape.startsWith('printed value: ') && s.lines > 1000));
  assert.ok(!shapes.some((s) => s.shape.startsWith('platform: ')), 'no platform prefix in a log4js file');
});
