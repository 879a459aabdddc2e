import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// Python's http.client with HTTPConnection.debuglevel = 1, as requests sends through it; the recorded
// logs (fixtures/python/requests-http-client-debug*.log) are checked against the mock in recorded-fixtures.
const HOST = '284-rpr-133.mktorest.com';
const send = (request: string, headers = ''): string =>
  `send: b'${request} HTTP/1.1\\r\\nHost: ${HOST}\\r\\nUser-Agent: python-requests/2.28.1\\r\\n${headers}\\r\\n'`;
const reply = (status: string): string => `reply: 'HTTP/1.1 ${status}\\r\\n'`;
const urllib3 = (request: string, status: number): string =>
  `DEBUG:urllib3.connectionpool:https://${HOST}:443 "${request} HTTP/1.1" ${status} 183`;

test('http.client: a send line and the reply after it are one call, its headers and body lines read', () => {
  const report = analyseLines('text', [
    send('POST /rest/v1/leads.json', 'Authorization: Bearer 5f2b6c1e-7a4d-4e0b-9c3a-fa4e0000c0de:ab\\r\\n'),
    `send: b'{"input": [{"email": "kim@example.com"}]}'`,
    reply('413 Payload Too Large'),
    'header: content-type: text/html',
    'header: content-length: 183',
    send('GET /rest/v1/leads.json?filterType=id&filterValues=4101'),
    reply('200 OK'),
    'header: content-type: application/json;charset=UTF-8',
    'INFO:lead_sync:marketo answered {"requestId": "a4c6#18f3c20b99a", "success": false, ' +
      `"errors": [{"code": "615", "message": "Concurrent access limit '10' reached"}]}`,
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
  assert.equal(report.levels.http.codes[0]!.endpoints[0]!.endpoint, '/rest/v1/leads.json');
  // The body the app logged after the reply is that call's.
  assert.deepEqual(codeCounts(report, 'response'), [['615', 1]]);
  assert.equal(report.totals.unrecognised, 0);
  assert.doesNotMatch(JSON.stringify(report), /5f2b6c1e/);
});

test("http.client: urllib3's line right after the reply is the same call, not a second one", () => {
  const report = analyseLines('text', [
    send('POST /rest/v1/leads.json'),
    reply('503 Service Unavailable'),
    urllib3('POST /rest/v1/leads.json', 503),
    send('POST /rest/v1/leads.json'),
    reply('200 OK'),
    urllib3('POST /rest/v1/leads.json', 200),
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(codeCounts(report, 'http'), [['503', 1]]);
});

test('http.client: a line of another call (another status or path) after the reply still counts', () => {
  const report = analyseLines('text', [
    send('POST /rest/v1/leads.json'),
    reply('200 OK'),
    urllib3('POST /rest/v1/leads.json', 413),
    urllib3('GET /rest/v1/lists.json', 200),
    // Each urllib3 line repeats at most one call: a second one is the next call.
    urllib3('GET /rest/v1/lists.json', 200),
  ]);
  assert.equal(report.totals.marketoCalls, 4);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
});

test("http.client: `reply: ''` is its request's dropped connection, counted once at its own path", () => {
  // As recorded in fixtures/python/requests-http-client-debug.log: the mock closed the connection
  // unanswered, http.client printed the empty status line, and requests' traceback came 70 lines later.
  const traceback = Array.from({ length: 70 }, (_, i) => `  File "/usr/lib/python3/dist-packages/x.py", line ${i}`);
  const lines = [
    send('GET /rest/v1/activities.json?nextPageToken=GIYDAOBNGEYS2MBW'),
    "reply: ''",
    'ERROR:lead_sync:activities page failed',
    'Traceback (most recent call last):',
    ...traceback,
    'http.client.RemoteDisconnected: Remote end closed connection without response',
    "requests.exceptions.ConnectionError: ('Connection aborted.', " +
      "RemoteDisconnected('Remote end closed connection without response'))",
    send('GET /rest/v1/leads.json?filterType=id&filterValues=4101'),
    reply('200 OK'),
  ];
  const all = analyseLines('text', lines);
  assert.equal(all.totals.marketoCalls, 2);
  assert.equal(all.totals.noResponse, 1);
  const activities = analyseLines('text', lines, 'app.log', { endpoint: 'activities' });
  assert.equal(activities.totals.noResponse, 1);
  // Without requests' line (an app that swallows the exception) the empty reply is proof enough.
  const swallowed = analyseLines('text', lines.slice(0, 3), 'app.log', { endpoint: 'activities' });
  assert.equal(swallowed.totals.noResponse, 1);
});
