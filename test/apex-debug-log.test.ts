import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import type { Report } from '../src/aggregate/report-model.js';
import type { RawCall } from '../src/normalise/build-exchange.js';
import { readTextLine } from '../src/normalise/text/text-line.js';
import { TextExchanges } from '../src/normalise/text/text-exchanges.js';
import { normaliseOptions } from '../src/pipeline/options.js';
import { runAnalysis } from '../src/pipeline/run.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';
import { assertCounts, assertEndpoints, type Expected } from './helpers/recorded.js';
import { fixture } from './helpers/run-cli.js';

// Lines of an Apex debug log as the Developer Console, `sf apex get log` and Setup > Debug Logs give them:
// `HH:MM:SS.sss (nanoseconds since the transaction began)|EVENT|...`. The recorded logs are checked against
// the mock's answers in salesforce-fixtures.test.ts; here: how the events of one callout make one call.
const M = 'https://284-rpr-133.mktorest.com';
const HEADER =
  '59.0 APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;SYSTEM,DEBUG;VALIDATION,INFO;WORKFLOW,INFO';
const at = (clock: string, nanos: number, event: string): string => `${clock} (${nanos})|${event}`;
const request = (clock: string, nanos: number, endpoint: string, method = 'POST'): string =>
  at(clock, nanos, `CALLOUT_REQUEST|[52]|System.HttpRequest[Endpoint=${endpoint}, Method=${method}]`);
const response = (clock: string, nanos: number, status: string, code: number): string =>
  at(clock, nanos, `CALLOUT_RESPONSE|[52]|System.HttpResponse[Status=${status}, StatusCode=${code}]`);
const debug = (clock: string, nanos: number, text: string): string => at(clock, nanos, `USER_DEBUG|[53]|DEBUG|${text}`);
const read = (lines: string[]): Report => analyseLines('text', [HEADER, ...lines], 'apex.log');

/** The calls the text readers and the pairing step make of `lines`, before any report. */
function pairedCalls(lines: string[]): RawCall[] {
  const exchanges = new TextExchanges();
  const calls = lines.flatMap((text, i) => {
    const line = readTextLine(text, { file: 'apex.log', line: i + 2 });
    return line.kind === 'call' ? exchanges.push(line.call) : [];
  });
  return [...calls, ...exchanges.flush()];
}

test('a 413 callout is a call at the HTTP level, at the endpoint its request line named', () => {
  const report = read([
    request('10:00:02.300', 1_300_234_567, `${M}/rest/v1/leads.json`),
    response('10:00:02.900', 1_900_345_678, 'Payload Too Large', 413),
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
  assert.equal(report.levels.http.codes[0]!.endpoints[0]!.endpoint, '/rest/v1/leads.json');
  assert.equal(report.inputs[0]!.unrecognised, 0);
});

test('the JSON body System.debug printed after a response is that call, with its endpoint', () => {
  const body = { requestId: 'e42b#1', success: false, errors: [{ code: '606', message: "Max rate limit '100'" }] };
  const report = read([
    request('10:00:01.500', 500_234_567, `${M}/rest/v1/leads.json`),
    response('10:00:02.100', 1_100_345_678, 'OK', 200),
    debug('10:00:02.101', 1_101_345_678, JSON.stringify(body)),
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
  assert.equal(report.levels.response.codes[0]!.endpoints[0]!.endpoint, '/rest/v1/leads.json');
});

test('a body printed by JSON.serializePretty or as Apex prints a Map is the call before it', () => {
  const call = (nanos: number) => [
    request('10:00:01.500', nanos, `${M}/rest/v1/leads.json`),
    response('10:00:02.100', nanos + 600_000_000, 'OK', 200),
  ];
  const report = read([
    ...call(500_000_000),
    debug('10:00:02.101', 1_101_000_000, '{'),
    '  "requestId" : "e42b#14272d07d78",',
    '  "success" : false,',
    '  "errors" : [ {',
    '    "code" : "606",',
    `    "message" : "Max rate limit '100' exceeded with in '20' secs"`,
    '  } ]',
    '}',
    ...call(2_500_000_000),
    debug(
      '10:00:04.101',
      3_101_000_000,
      "{errors=({code=615, message=Concurrent access limit '10' reached}), success=false}",
    ),
    ...call(4_500_000_000),
    debug(
      '10:00:06.101',
      5_101_000_000,
      '{requestId=e42d#1, result=({id=50, status=updated}, {reasons=({code=1004, message=Lead not found}), ' +
        'status=skipped}), success=true}',
    ),
  ]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.inputs[0]!.unrecognised, 0);
  const where = (level: 'response' | 'record') =>
    report.levels[level].codes.map((c) => [c.code, c.count, c.endpoints[0]!.endpoint]);
  assert.deepEqual(where('response'), [
    ['606', 1, '/rest/v1/leads.json'],
    ['615', 1, '/rest/v1/leads.json'],
  ]);
  assert.deepEqual(where('record'), [['1004', 1, '/rest/v1/leads.json']]);
});

test('an HttpResponse printed again by System.debug is the same call, not a second one', () => {
  const report = read([
    request('10:00:02.300', 1_300_000_000, `${M}/rest/v1/leads.json`),
    response('10:00:02.900', 1_900_000_000, 'Payload Too Large', 413),
    debug('10:00:02.901', 1_901_000_000, 'System.HttpResponse[Status=Payload Too Large, StatusCode=413]'),
    debug('10:00:02.902', 1_902_000_000, `System.HttpRequest[Endpoint=${M}/rest/v1/leads.json, Method=POST]`),
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
});

test("the log's other events are its own lines, not unrecognised; an app's message is still read", () => {
  const report = read([
    at('10:00:01.0', 2_345_678, 'EXECUTION_STARTED'),
    at('10:00:01.0', 3_456_789, 'CODE_UNIT_STARTED|[EXTERNAL]|01p5e000000AbCd|MarketoSync.run()'),
    at('10:00:01.490', 490_000_000, 'SYSTEM_METHOD_ENTRY|[52]|System.Http.send(ANY)'),
    request('10:00:01.500', 500_000_000, `${M}/rest/v1/leads.json`),
    response('10:00:02.100', 1_100_000_000, 'OK', 200),
    // System.debug of the errors Map the class parsed out of the body, as Apex prints a Map.
    debug('10:00:02.101', 1_101_000_000, "{code=606, message=Max rate limit '100' exceeded with in '20' secs}"),
    at('10:00:04.0', 3_000_000_000, 'CODE_UNIT_FINISHED|MarketoSync.run()'),
  ]);
  assert.equal(report.inputs[0]!.unrecognised, 0);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
});

test("the app's own line about a callout right after it is the same call, not a second one", () => {
  const report = read([
    request('10:00:01.500', 500_000_000, `${M}/rest/v1/leads.json`),
    response('10:00:02.100', 1_100_000_000, 'Payload Too Large', 413),
    debug('10:00:02.101', 1_101_000_000, `POST ${M}/rest/v1/leads.json -> 413`),
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
});

test('the duration comes from the nanosecond counter, and a time of day with no date gives no time', () => {
  const lines = [
    request('10:00:02.300', 1_300_000_000, `${M}/rest/v1/leads.json`),
    response('10:00:02.900', 1_900_250_000, 'Payload Too Large', 413),
  ];
  const calls = pairedCalls(lines);
  assert.equal(calls.length, 1);
  assert.equal(calls[0]!.durationMs, 600.25);
  assert.equal(calls[0]!.startedAt, undefined, 'no date is guessed');
  assert.equal(read(lines).levels.http.codes[0]!.firstSeen, null);
});

test('a CalloutException after a request is that call with no response; an exception of another kind is not', () => {
  const report = read([
    request('10:00:05.000', 5_000_000_000, `${M}/rest/v1/activities.json?nextPageToken=GIYD`, 'GET'),
    at('10:00:15.010', 15_010_000_000, 'EXCEPTION_THROWN|[52]|System.CalloutException: Read timed out'),
    at('10:00:15.011', 15_011_000_000, 'FATAL_ERROR|System.CalloutException: Read timed out'),
    request('10:00:16.000', 16_000_000_000, `${M}/rest/v1/leads.json`),
    at('10:00:16.100', 16_100_000_000, 'EXCEPTION_THROWN|[60]|System.NullPointerException: Attempt to de-reference'),
    response('10:00:16.500', 16_500_000_000, 'OK', 200),
    request('10:00:17.000', 17_000_000_000, `${M}/rest/v1/leads.json`),
    at(
      '10:00:17.900',
      17_900_000_000,
      'EXCEPTION_THROWN|[52]|System.CalloutException: Exceeded max size limit of 6000000',
    ),
  ]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.totals.noResponse, 2);
});

test('a Named Credential hides the host: the path still names the Marketo endpoint', () => {
  const report = read([
    request('10:00:02.300', 1_300_000_000, 'callout:Marketo/rest/v1/leads.json'),
    response('10:00:02.900', 1_900_000_000, 'Payload Too Large', 413),
    request('10:00:03.000', 2_000_000_000, 'callout:Marketo_Prod/rest/v1/lists/1042/leads.json?id=5', 'DELETE'),
    response('10:00:03.200', 2_200_000_000, 'Request-URI Too Long', 414),
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  const where = report.levels.http.codes.map((c) => [c.code, c.endpoints[0]!.endpoint]);
  assert.deepEqual(where, [
    ['413', '/rest/v1/leads.json'],
    ['414', '/rest/v1/lists/{id}/leads.json'],
  ]);
});

test('a client secret or access token in an Endpoint reaches no output', () => {
  const secret = 'SuperSecret-a81f';
  const token = 'cdbf3a7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b:ab';
  const report = read([
    request('10:00:01.150', 150_000_000, `${M}/identity/oauth/token?client_id=abc&client_secret=${secret}`, 'GET'),
    response('10:00:01.412', 412_000_000, 'Unauthorized', 401),
    request('10:00:01.500', 500_000_000, `${M}/rest/v1/leads.json?access_token=${token}`),
    response('10:00:02.100', 1_100_000_000, 'Payload Too Large', 413),
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  const out = JSON.stringify(report);
  assert.ok(!out.includes(secret), 'client_secret leaked');
  assert.ok(!out.includes(token), 'access_token leaked');
});

test('a counter that runs backwards or past what a number holds gives no duration, and terminal codes go', () => {
  const lines = [
    request('10:00:02.300', 1_900_000_000, `${M}/rest/v1/leads.json?x=\u001b[31mred\u001b[0m`),
    response('10:00:02.900', 1_300_000_000, 'Payload Too Large', 413),
    '10:00:03.000 (9999999999999999999)|CALLOUT_REQUEST|[52]|' +
      `System.HttpRequest[Endpoint=${M}/rest/v1/leads.json, Method=POST]`,
    '10:00:03.100 (99999999999999999999999)|CALLOUT_RESPONSE|[52]|System.HttpResponse[Status=OK, StatusCode=200]',
    '10:00:03.200 (1)|CALLOUT_RESPONSE|[52]|System.HttpResponse[Status=OK, StatusCode=200]',
  ];
  const calls = pairedCalls(lines);
  assert.deepEqual(
    calls.map((c) => [c.status, c.durationMs]),
    [
      [413, undefined],
      [200, undefined],
    ],
  );
  const report = read(lines);
  assert.equal(report.totals.marketoCalls, 2);
  assert.ok(!JSON.stringify(report).includes('\u001b'), 'no terminal code reaches the report');
});

test('sf apex get log --json: the logs in its result are read line by line, as the logs themselves', async () => {
  const log = readFileSync(fixture('salesforce', 'apex-debug.log'), 'utf8');
  const want = JSON.parse(readFileSync(fixture('salesforce', 'apex-debug.log.expected.json'), 'utf8')) as Expected;
  // As the CLI prints it: pretty JSON.
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sf-')), 'logs.json');
  writeFileSync(file, `${JSON.stringify({ status: 0, result: [{ log }], warnings: [] }, null, 2)}\n`);
  const analyzer = await runAnalysis([file], new PassThrough(), normaliseOptions({ jobs: 1 }));
  const report = analyzer.report({ lang: 'en', tool: { name: 't', version: '0' }, filters: {} });
  assertCounts(report, want);
  assertEndpoints(report, want);
});
