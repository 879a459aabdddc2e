import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientLine } from '../src/normalise/text/client-line.js';
import { analyseLines } from './helpers/analyse-lines.js';
import { testRecordings } from './helpers/recorded-tests.js';

// Recorded by fixtures/tools/record-browser-console.mjs: a web app's fetch() calls against the mock, each logged
// with console.log (method, URL, status, JSON body), in Chromium's console log on stderr
// (`--enable-logging=stderr`). NAME.expected.json is what the mock answered, less the GET Chromium sent again by
// itself when the connection dropped (the page saw one failure).
testRecordings('browser', ['chromium-console-stderr.log']);

const URL = 'https://123-abc-456.mktorest.com/rest/v1/leads.json';

test('a browser says a call got no answer in its own words: each is a call with no response', () => {
  for (const said of [
    `POST ${URL} net::ERR_FAILED`,
    `sync.js:88 POST ${URL} net::ERR_CONNECTION_RESET`,
    `POST ${URL} failed: Failed to fetch`,
    `POST ${URL} failed: NetworkError when attempting to fetch resource.`,
    `POST ${URL} failed: Load failed`,
    `GET ${URL} failed: getaddrinfo ENOTFOUND 123-abc-456.mktorest.com`,
    `GET ${URL} failed: UND_ERR_CONNECT_TIMEOUT`,
  ]) {
    assert.deepEqual(
      clientLine(said),
      { method: said.includes('GET') ? 'GET' : 'POST', url: URL, noResponse: true },
      said,
    );
  }
  // undici's codes for an error that came with a status are no call without response.
  assert.equal(clientLine(`POST ${URL} failed: UND_ERR_RESPONSE_STATUS_CODE`), undefined);
  assert.equal(clientLine(`POST ${URL} failed: UND_ERR_RESPONSE`), undefined);
  // The words name no call without a method and URL before them.
  assert.equal(clientLine(`Failed to fetch ${URL}`), undefined);
  assert.equal(clientLine('TypeError: Failed to fetch'), undefined);
});

test('a DevTools console saved to a file: the failed calls, the one with no answer, the body printed after', () => {
  // Chrome's console as "Save as..." writes it: the source before each line, the stack under a failed call.
  const report = analyseLines('text', [
    'sync.js:42 Starting sync of 250 leads',
    `sync.js:88 POST ${URL} 413 (Payload Too Large)`,
    'syncBatch @ sync.js:88',
    `sync.js:140 GET ${URL}?filterType=email&filterValues=a%40b.com 401 (Unauthorized)`,
    'fetchLead @ sync.js:140',
    `Access to fetch at '${URL}' from origin 'http://localhost:3000' has been blocked by CORS policy.`,
    `sync.js:88 POST ${URL} net::ERR_FAILED`,
    `sync.js:95 Marketo said: {"requestId":"1fa3#14272d07d79","success":false,"errors":[{"code":"606",` +
      `"message":"Max rate limit '100' exceeded with in '20' secs"}]}`,
  ]);
  assert.equal(report.totals.marketoCalls, 4);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(report.totals.findings, { http: 2, response: 1, record: 0 });
});
