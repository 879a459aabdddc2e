import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// requests with http.client's debug lines on stdout and logging on stderr, saved to one file: unbuffered (-u) the
// debug lines of a call come first; buffered (cron) they come in blocks after the app's lines about the same calls
// (fixtures/python/requests-http-client-debug-buffered.log is the recorded one).
const HOST = 'http://284-rpr-133.mktorest.com';
const debug = (method: string, path: string, reply: string): string[] => [
  `send: b'${method} ${path} HTTP/1.1\\r\\nHost: 284-rpr-133.mktorest.com\\r\\nAccept: */*\\r\\n\\r\\n'`,
  `reply: '${reply}'`,
  'header: content-type: application/json;charset=UTF-8',
];
const answered = (body: object): string => `INFO:lead_sync:marketo answered ${JSON.stringify(body)}`;
const APP = [
  `ERROR:lead_sync:token request failed: 401 Client Error: Unauthorized for url: ${HOST}/identity/oauth/token`,
  answered({ requestId: 'a4c2#1', success: false, errors: [{ code: '606' }] }),
  `WARNING:lead_sync:error from marketo: {'code': '606', 'message': "Max rate limit '100' exceeded with in '20' secs"}`,
  answered({ requestId: 'a4c3#1', result: [{ status: 'skipped', reasons: [{ code: '1005' }] }] }),
  "WARNING:lead_sync:lead 0 skipped: [{'code': '1005', 'message': 'Lead already exists'}]",
];
const DEBUG = [
  ...debug('GET', '/identity/oauth/token', 'HTTP/1.1 401 Unauthorized\\r\\n'),
  ...debug('POST', '/rest/v1/leads.json', 'HTTP/1.1 200 OK\\r\\n'),
  ...debug('POST', '/rest/v1/leads.json', 'HTTP/1.1 200 OK\\r\\n'),
];

test('buffered stdout: the debug lines after the app lines are the same calls again, counted once', () => {
  const report = analyseLines('text', [...APP, ...DEBUG]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.deepEqual(codeCounts(report, 'http'), [['401', 1]]);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
  assert.deepEqual(codeCounts(report, 'record'), [['1005', 1]]);
});

test('a body printed alone and the words about it that follow are one call, with no status line', () => {
  const report = analyseLines('text', APP.slice(1));
  assert.equal(report.totals.marketoCalls, 2);
});

test("unbuffered the app's lines join their calls; buffered, calls the app did not log count once each", () => {
  // -u: each call's debug lines, then the app's line about it.
  const inOrder = analyseLines('text', [
    ...DEBUG.slice(0, 3),
    APP[0]!,
    ...DEBUG.slice(3, 6),
    APP[1]!,
    APP[2]!,
    ...DEBUG.slice(6),
    APP[3]!,
    APP[4]!,
  ]);
  assert.equal(inOrder.totals.marketoCalls, 3);
  // The app logged only its failures: the debug lines' other calls are calls of their own.
  const some = analyseLines('text', [APP[0]!, ...DEBUG, ...debug('GET', '/rest/v1/leads.json', '')]);
  assert.equal(some.totals.marketoCalls, 4);
  assert.equal(some.totals.noResponse, 1);
});
