import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../src/aggregate/report-model.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// Lines in the formats the clients document (see fixtures/clients/README.md); the recorded logs are
// checked against the mock's answers in client-fixtures.test.ts. Here: how parts pair, line by line.
const M = 'https://284-rpr-133.mktorest.com';
const read = (lines: string[]): Report => analyseLines('text', lines, 'app.log');

/** Calls, calls with no response, HTTP codes, and where the first HTTP code was. */
function assertCalls(r: Report, calls: number, noResponse: number, http: Array<[string, number]>, at?: string): void {
  assert.equal(r.totals.marketoCalls, calls, 'calls');
  assert.equal(r.totals.noResponse, noResponse, 'calls with no response');
  assert.deepEqual(codeCounts(r, 'http'), http, 'http');
  if (at !== undefined) assert.equal(r.levels.http.codes[0]!.endpoints[0]!.endpoint, at);
}

test('.NET: the outer and inner handler lines of one call are one call, a retry inside is another', () => {
  const dotnet = (handler: string, id: number, text: string): string =>
    `info: System.Net.Http.HttpClient.Marketo.${handler}[${id}] ${text}`;
  const report = read([
    dotnet('LogicalHandler', 100, `Start processing HTTP request POST ${M}/rest/v1/leads.json`),
    dotnet('ClientHandler', 100, `Sending HTTP request POST ${M}/rest/v1/leads.json`),
    dotnet('ClientHandler', 101, 'Received HTTP response headers after 410.3ms - 503'),
    dotnet('ClientHandler', 100, `Sending HTTP request POST ${M}/rest/v1/leads.json`),
    dotnet('ClientHandler', 101, 'Received HTTP response headers after 401.9ms - 413'),
    dotnet('LogicalHandler', 101, 'End processing HTTP request after 815.2ms - 413'),
  ]);
  assertCalls(report, 2, 0, [
    ['413', 1],
    ['503', 1],
  ]);
});

test('.NET: the outer handler alone (default console format, message on the next line) counts each call', () => {
  const report = read([
    'info: System.Net.Http.HttpClient.Marketo.LogicalHandler[100]',
    `      Start processing HTTP request GET ${M}/rest/v1/lists.json`,
    'info: System.Net.Http.HttpClient.Marketo.LogicalHandler[100]',
    `      Start processing HTTP request POST ${M}/rest/v1/leads.json`,
    'info: System.Net.Http.HttpClient.Marketo.LogicalHandler[101]',
    '      End processing HTTP request after 101ms - OK',
    'info: System.Net.Http.HttpClient.Marketo.LogicalHandler[101]',
    '      End processing HTTP request after 415.2ms - RequestEntityTooLarge',
  ]);
  assertCalls(report, 2, 0, [['413', 1]], '/rest/v1/leads.json');
});

test('Spring WebClient: lines pair by the log prefix, whatever interleaves', () => {
  const at = (s: string) =>
    `2026-12-04 11:35:21.730 DEBUG 4242 --- [ctor-http-nio-2] o.s.w.r.f.client.ExchangeFunctions : ${s}`;
  const report = read([
    at(`[3f2a1b7c] HTTP POST ${M}/rest/v1/leads.json`),
    at(`[0c9d8e7f] HTTP GET ${M}/rest/v1/lists.json`),
    at('[0c9d8e7f] [c1d2e3f4-1] Response 200 OK'),
    at('[3f2a1b7c] [c1d2e3f4-2] Response 413 PAYLOAD_TOO_LARGE'),
  ]);
  assertCalls(report, 2, 0, [['413', 1]], '/rest/v1/leads.json');
});

test('OkHttp: a status line names its URL, a failure closes the request just sent', () => {
  const report = read([
    `--> POST ${M}/rest/v1/leads.json (182-byte body)`,
    `--> GET ${M}/rest/v1/activities.json?nextPageToken=ABC`,
    `<-- 413 Payload Too Large ${M}/rest/v1/leads.json (415ms, 183-byte body)`,
    '<-- HTTP FAILED: java.net.SocketException: Connection reset',
    `--> GET ${M}/rest/v1/leads.json?filterType=id&filterValues=4101`,
    `<-- 200 ${M}/rest/v1/leads.json?filterType=id&filterValues=4101 (12ms, unknown-length body)`,
    '{"requestId":"a4d2#18f3c222cce","success":false,"errors":[{"code":"602","message":"Access token expired"}]}',
    '<-- END HTTP (104-byte body)',
  ]);
  assertCalls(report, 3, 1, [['413', 1]]);
  assert.deepEqual(codeCounts(report, 'response'), [['602', 1]]);
});

test('Faraday: request and status lines pair in order, the body line after joins its call', () => {
  const ruby = (s: string) => `I, [2026-12-04T11:35:21.730123 #4242]  INFO -- ${s}`;
  const report = read([
    ruby(`request: POST ${M}/rest/v1/leads.json`),
    ruby('request: User-Agent: "Faraday v1.1.0"'),
    ruby('response: Status 200'),
    ruby('response: {"requestId":"a4cf#1","success":false,"errors":[{"code":"606","message":"Max rate limit"}]}'),
    ruby(`request: POST ${M}/rest/v1/leads.json`),
    ruby('response: Status 413'),
  ]);
  assertCalls(report, 2, 0, [['413', 1]]);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
});

test('curl -v: request, Host header and status make a call; an empty reply is no response', () => {
  const report = read([
    '* Connected to 284-rpr-133.mktorest.com (127.0.0.1) port 443 (#0)',
    '> POST /rest/v1/leads.json HTTP/1.1',
    '> Host: 284-rpr-133.mktorest.com',
    '> Authorization: Bearer 5f2b6c1e-7a4d-4e0b-9c3a-fa4e0000c0de:ab',
    '> ',
    '< HTTP/1.1 413 Payload Too Large',
    '< content-type: text/html',
    '* Connection #0 to host 284-rpr-133.mktorest.com left intact',
    '> GET /rest/v1/activities.json HTTP/1.1',
    '> Host: 284-rpr-133.mktorest.com',
    '* Empty reply from server',
    'curl: (52) Empty reply from server',
  ]);
  assertCalls(report, 2, 1, [['413', 1]], '/rest/v1/leads.json');
  // curl's notes and other headers are its lines too: none is left unrecognised.
  assert.equal(report.totals.unrecognised, 0);
});

test('a request with no answer in the log is not counted as a call with no response', () => {
  const report = read([
    `--> POST ${M}/rest/v1/leads.json`,
    'I, [2026-12-04T11:35:21.730123 #4242]  INFO -- request: GET https://284-rpr-133.mktorest.com/rest/v1/lists.json',
    '> GET /rest/v1/activities.json HTTP/1.1',
    '> Host: 284-rpr-133.mktorest.com',
  ]);
  assert.equal(report.totals.noResponse, 0);
});

test('an exception far from the request proves nothing about it', () => {
  const filler = Array.from({ length: 30 }, (_, i) => `2026-12-04 11:35:2${i % 10} INFO working ${i}`);
  const report = read([
    'info: System.Net.Http.HttpClient.Marketo.LogicalHandler[100]',
    `      Start processing HTTP request POST ${M}/rest/v1/leads.json`,
    ...filler,
    'System.Net.Http.HttpRequestException: An error occurred while sending the request.',
  ]);
  assert.equal(report.totals.noResponse, 0);
  const near = read([
    'info: System.Net.Http.HttpClient.Marketo.LogicalHandler[100]',
    `      Start processing HTTP request POST ${M}/rest/v1/leads.json`,
    'fail: Marketo.Sync[0]',
    '      System.Net.Http.HttpRequestException: An error occurred while sending the request.',
  ]);
  assertCalls(near, 1, 1, []);
});

test("Guzzle's access-log line, Go's error and log lines, got's older error text", () => {
  const report = read([
    '[2026-12-04T11:35:21.730123+00:00] marketo.INFO: web-1 GuzzleHttp/7 - [04/Dec/2026:11:35:21 +0000] ' +
      '"POST /rest/v1/leads.json HTTP/1.1" 413 183 [] []',
    `2026/12/04 11:35:22 POST ${M}/rest/v1/leads.json 429 Too Many Requests`,
    `2026/12/04 11:35:23 sync: Post "${M}/rest/v1/leads.json": ` +
      'read tcp 10.0.0.2:51234->1.2.3.4:443: read: connection reset by peer',
    `2026-12-04T11:35:24.000Z INFO POST ${M}/rest/v1/leads.json 503 12ms`,
    '2026-12-04T11:35:24.001Z ERROR HTTPError: Response code 503 (Service Unavailable)',
  ]);
  assertCalls(report, 4, 1, [
    ['413', 1],
    ['429', 1],
    ['503', 1],
  ]);
});

test('an exception while two calls wait is placed once the other is answered', () => {
  const at = (s: string) => `2026-12-04 11:35:21,730 DEBUG [org.apache.http.headers] ${s}`;
  const report = read([
    at('http-outgoing-0 >> GET /rest/v1/activities.json HTTP/1.1'),
    at('http-outgoing-0 >> Host: 284-rpr-133.mktorest.com'),
    at('http-outgoing-1 >> POST /bulk/v1/leads/export/3b1f/enqueue.json HTTP/1.1'),
    at('http-outgoing-1 >> Host: 284-rpr-133.mktorest.com'),
    '2026-12-04 11:35:21,740 ERROR [com.example.Sync] org.apache.http.NoHttpResponseException: ' +
      '284-rpr-133.mktorest.com:443 failed to respond',
    at('http-outgoing-1 << HTTP/1.1 200 OK'),
    '2026-12-04 11:35:21,741 INFO [com.example.Sync] Marketo answered: ' +
      '{"requestId":"a4e2#1","success":false,"errors":[{"code":"1029","message":"Export daily quota exceeded."}]}',
  ]);
  assertCalls(report, 2, 1, []);
  const quota = report.levels.response.codes[0]!;
  assert.equal(quota.code, '1029');
  assert.equal(quota.endpoints[0]!.endpoint, '/bulk/v1/leads/export/3b1f/enqueue.json');
});

test('a log of requests that are never answered keeps memory bounded and counts none of them', () => {
  const lines = Array.from({ length: 25_000 }, (_, i) => `--> GET ${M}/rest/v1/leads.json?filterValues=${i}`);
  lines.push(`--> POST ${M}/rest/v1/leads.json`, `<-- 413 Payload Too Large ${M}/rest/v1/leads.json (415ms)`);
  assertCalls(read(lines), 1, 0, [['413', 1]]);
});
