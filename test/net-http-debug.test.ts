import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// Ruby's Net::HTTP with set_debug_output, as net_http_debug.rb recorded it (fixtures/clients/net-http-debug.log).
const sent = (request: string): string =>
  `<- "${request} HTTP/1.1\\r\\nAuthorization: Bearer 5f2b6c1e-7a4d-4e0b-9c3a-fa4e0000c0de:ab\\r\\n` +
  'Accept: */*\\r\\nUser-Agent: Ruby\\r\\nHost: 284-rpr-133.mktorest.com\\r\\n\\r\\n"';
const answered = (status: string, body: string): string[] => [
  `-> "HTTP/1.1 ${status}\\r\\n"`,
  '-> "content-type: application/json;charset=UTF-8\\r\\n"',
  '-> "\\r\\n"',
  `reading ${body.length} bytes...`,
  `-> "${body}"`,
  `read ${body.length} bytes`,
  'Conn keep-alive',
];
const BODY_615 =
  '{\\"requestId\\":\\"a4c6#18f3c20b99a\\",\\"success\\":false,' +
  '\\"errors\\":[{\\"code\\":\\"615\\",\\"message\\":\\"Concurrent access limit \'10\' reached\\"}]}';

test('Net::HTTP: request, status and the body it printed are one call; no line is left unread', () => {
  const report = analyseLines('text', [
    'opening connection to 284-rpr-133.mktorest.com:443...',
    'opened',
    sent('POST /rest/v1/leads.json'),
    `<- "{\\"input\\":[{\\"email\\":\\"kim@example.com\\"}]}"`,
    ...answered('200 OK', BODY_615),
    sent('POST /rest/v1/leads.json'),
    ...answered('413 Payload Too Large', '<html><body>413</body></html>'),
    'E, [2026-12-04T16:49:34.861902 #8859] ERROR -- : Marketo call failed: ' +
      'Net::HTTPClientException: 413 "Payload Too Large"',
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(codeCounts(report, 'response'), [['615', 1]]);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
  assert.equal(report.levels.http.codes[0]!.endpoints[0]!.endpoint, '/rest/v1/leads.json');
  assert.equal(report.totals.unrecognised, 0);
  assert.doesNotMatch(JSON.stringify(report), /5f2b6c1e/);
});

test('Net::HTTP: a dropped connection after the request is a call with no response', () => {
  const report = analyseLines('text', [
    sent('GET /rest/v1/activities.json?nextPageToken=GIYDAOBNGEYS2MBW'),
    'Conn close because of error end of file reached',
    'E, [2026-12-04T16:49:34.885413 #8859] ERROR -- : Marketo call failed: EOFError: end of file reached',
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.equal(report.totals.noResponse, 1);
});

test('a gzip body (bytes as \\x escapes) is not read, and costs nothing', () => {
  const report = analyseLines('text', [
    sent('GET /rest/v1/leads.json?filterType=id&filterValues=4101'),
    ...answered('200 OK', '\\x1F\\x8B\\b\\x00\\x00\\x00\\x00\\x00\\x00\\x03\\x95\\x8D1N'),
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.equal(report.totals.failedCalls, 0);
});
