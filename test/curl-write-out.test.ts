import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines } from './helpers/analyse-lines.js';

// A shell script's log of `curl -s -w ...` calls: the body curl printed, then the write-out line
// (fixtures/clients/curl-writeout.log is the recorded one, checked against the mock in client-fixtures).
const B = 'https://284-rpr-133.mktorest.com';
const EXPORT = `${B}/bulk/v1/leads/export/3b1f6c2a-8d4e-4f0a-9b7c-2e5d8a1f0c93/enqueue.json`;
const BEARER = "-H 'Authorization: Bearer 5f2b6c1e-7a4d-4e0b-9c3a-fa4e0000c0de:ab'";
// Each body its own requestId, as Marketo gives them: one requestId twice is one call logged twice.
const body = (code: string, message: string): string =>
  `{"requestId":"a4c2#18f3c2${code}","success":false,"errors":[{"code":"${code}","message":"${message}"}]}`;
const skipped =
  '{"requestId":"a4c1#18f3c201eef","result":[{"id":3001,"status":"created"},' +
  '{"status":"skipped","reasons":[{"code":"1005","message":"Lead already exists"}]}],"success":true}';
const endpointsOf = (report: ReturnType<typeof analyseLines>, level: 'http' | 'response' | 'record') =>
  report.levels[level].codes.map((c) => [c.code, c.endpoints.map((e) => e.endpoint).join(' ')]);

test("curl -w: the status line pairs with the body printed just before it, whatever the body's code", () => {
  const report = analyseLines('text', [
    '2026-12-04T20:54:02Z lead-sync: sync started',
    '{"error":"unauthorized","error_description":"Bad client credentials"}',
    `401 0.003797s ${B}/identity/oauth/token?grant_type=client_credentials&client_id=x&client_secret=s3cr3t-value`,
    skipped,
    `200 0.001179s ${B}/rest/v1/leads.json`,
    body('606', "Max rate limit '100' exceeded with in '20' secs"),
    `200 0.001456s ${B}/rest/v1/leads.json`,
    '<html>',
    '<head><title>413 Request Entity Too Large</title></head>',
    '</html>',
    '',
    `413 0.000806s ${B}/rest/v1/leads.json`,
    '',
    `414 0.000734s ${B}/rest/v1/leads.json?filterType=email&filterValues=a@example.com`,
    body('709', 'Cannot approve: the email has no draft'),
    `200 0.000776s ${B}/rest/asset/v1/email/1042/approveDraft.json`,
    '',
    `000 0.000486s ${B}/rest/v1/activities.json?nextPageToken=GIYDAOBNGEYS2MBW`,
  ]);
  assert.equal(report.totals.marketoCalls, 7);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(endpointsOf(report, 'http'), [
    ['401', '/identity/oauth/token'],
    ['413', '/rest/v1/leads.json'],
    ['414', '/rest/v1/leads.json'],
  ]);
  assert.deepEqual(endpointsOf(report, 'response'), [
    ['606', '/rest/v1/leads.json'],
    ['709', '/rest/asset/v1/email/{id}/approveDraft.json'],
  ]);
  assert.deepEqual(endpointsOf(report, 'record'), [['1005', '/rest/v1/leads.json']]);
  assert.doesNotMatch(JSON.stringify(report), /s3cr3t-value/);
});

test('curl -w: a status line after another call is not given the body of the call after it', () => {
  // -o /dev/null: no body at all; the body on the next line is the next call's, which a status answers after it.
  const report = analyseLines('text', [
    `503 ${B}/rest/v1/leads.json?filterType=id&filterValues=4101`,
    body('610', 'Requested resource not found'),
    `200 0.000776s ${B}/rest/v1/lead.json?id=4101`,
    `000 ${B}/rest/v1/activities.json`,
  ]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(endpointsOf(report, 'http'), [['503', '/rest/v1/leads.json']]);
  assert.deepEqual(endpointsOf(report, 'response'), [['610', '/rest/v1/lead.json']]);
});

test("curl -w '%{http_code}': the code glued to the body's end is its status; the URL is the one named before", () => {
  const report = analyseLines('text', [
    `+ curl -s -w '%{http_code}' ${BEARER} '${B}/rest/v1/lead.json?id=4101'`,
    // bash's trace of the next command comes right after the code: curl printed no newline.
    `${body('610', 'Requested resource not found')}200+ echo`,
    `+ curl -s -w '%{http_code}' '${EXPORT}'`,
    `${body('1029', 'Export daily quota 500MB exceeded.')}200 ${EXPORT}`,
    '{"error":"unauthorized","error_description":"Bad client credentials"}401',
  ]);
  // The identity's refusal is counted though no URL names it: its body says what it is.
  assert.equal(report.totals.marketoCalls, 3);
  assert.deepEqual(endpointsOf(report, 'http'), [['401', '(unknown)']]);
  assert.deepEqual(endpointsOf(report, 'response'), [
    ['610', '/rest/v1/lead.json'],
    ['1029', '/bulk/v1/leads/export/{id}/enqueue.json'],
  ]);
  assert.doesNotMatch(JSON.stringify(report), /5f2b6c1e/);
});

test('curl -w: a body printed with no write-out and a status line far below it stay apart', () => {
  const report = analyseLines('text', [
    body('606', "Max rate limit '100' exceeded with in '20' secs"),
    'lead-sync: waiting 20 s',
    'lead-sync: retrying',
    'lead-sync: still waiting',
    `200 ${B}/rest/v1/leads.json`,
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(endpointsOf(report, 'response'), [['606', '(unknown)']]);
});

test("curl -w '%{json}': curl's object after each body is its status, URL and time, in an NDJSON log too", () => {
  const writeOut = (code: number, url: string, method = 'GET', errormsg: string | null = null): string =>
    JSON.stringify({
      content_type: 'application/json;charset=UTF-8',
      errormsg,
      exitcode: errormsg ? 52 : 0,
      http_code: code,
      method,
      response_code: code,
      time_total: 0.006745,
      url,
      url_effective: url,
      curl_version: 'libcurl/7.88.1 OpenSSL/3.0.19 zlib/1.2.13',
    });
  for (const format of ['ndjson', 'text'] as const) {
    const report = analyseLines(format, [
      '{"error":"unauthorized","error_description":"Bad client credentials"}',
      writeOut(401, `${B}/identity/oauth/token?grant_type=client_credentials&client_secret=s3cr3t-value`),
      body('606', "Max rate limit '100' exceeded with in '20' secs"),
      writeOut(200, `${B}/rest/v1/leads.json`, 'POST'),
      '',
      writeOut(0, `${B}/rest/v1/activities.json`, 'GET', 'Empty reply from server'),
    ]);
    assert.equal(report.totals.marketoCalls, 3, format);
    assert.equal(report.totals.noResponse, 1, format);
    assert.deepEqual(endpointsOf(report, 'http'), [['401', '/identity/oauth/token']], format);
    assert.deepEqual(endpointsOf(report, 'response'), [['606', '/rest/v1/leads.json']], format);
    assert.doesNotMatch(JSON.stringify(report), /s3cr3t-value/);
  }
});

// `-w '\n%{http_code}\n'` and `-w '%{http_code}\n'`: the code alone on a line (fixtures/clients/curl-status-*.log
// are the recorded ones). A 413's HTML page ends in a newline, and a dropped connection has no body at all.
const alone = (named: boolean) => [
  ...(named ? [`lead-sync: GET ${B}/identity/oauth/token`] : []),
  '{"error":"unauthorized","error_description":"Bad client credentials"}',
  '401',
  ...(named ? [`lead-sync: POST ${B}/rest/v1/leads.json`] : []),
  skipped,
  '200',
  ...(named ? [`lead-sync: POST ${B}/rest/v1/leads.json`] : []),
  body('606', "Max rate limit '100' exceeded with in '20' secs"),
  '',
  '200',
  ...(named ? [`lead-sync: POST ${B}/rest/v1/leads.json`, '<html>', '<body>413 Request Entity Too Large</body>'] : []),
  ...(named ? ['</html>', '', '413'] : []),
  ...(named ? [`lead-sync: GET ${B}/rest/v1/activities.json`] : []),
  '',
  '000\r',
];

test("curl -w '\\n%{http_code}\\n': the code alone after a body or a line naming the URL is the status", () => {
  const report = analyseLines('text', alone(true));
  assert.equal(report.totals.marketoCalls, 5);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(endpointsOf(report, 'http'), [
    ['401', '/identity/oauth/token'],
    ['413', '/rest/v1/leads.json'],
  ]);
  assert.deepEqual(endpointsOf(report, 'response'), [['606', '/rest/v1/leads.json']]);
  assert.deepEqual(endpointsOf(report, 'record'), [['1005', '/rest/v1/leads.json']]);
});

test('curl -w: codes alone after bodies in a log of nothing else are statuses, read as text or as NDJSON', () => {
  for (const format of ['text', 'ndjson'] as const) {
    const report = analyseLines(format, alone(false));
    // The dropped call's 000 follows no body and no URL: once codes followed bodies, the log is curl's, and
    // the 000 a call that got no answer, though nothing says it went to Marketo.
    assert.equal(report.totals.marketoCalls, 3, format);
    assert.equal(report.totals.other, 1, format);
    assert.deepEqual(endpointsOf(report, 'http'), [['401', '(unknown)']], format);
    assert.deepEqual(endpointsOf(report, 'response'), [['606', '(unknown)']], format);
  }
});

test('a number alone on a line in a log that is no curl script is no call', () => {
  const report = analyseLines('text', [
    `2026-12-04 21:00:01 INFO sync: target ${B}/rest/v1/leads.json`,
    ...Array.from({ length: 60 }, (_, i) => `2026-12-04 21:00:02 INFO sync: batch ${i} queued`),
    // Counts a script printed, a year, a port: no body came before them and the URL was named long ago.
    '200',
    '404',
    '',
    '500',
    '000',
    'exported rows:',
    '413',
  ]);
  assert.equal(report.totals.marketoCalls, 0);
  assert.equal(report.totals.exchanges, 0);
});
