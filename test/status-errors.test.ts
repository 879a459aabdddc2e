import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

const HOST = 'https://123-ABC-456.mktorest.com';

// The texts clients raise or log for an HTTP failure, as apps write them to a text log.
test("Spring WebClient's, HTTParty's and requests' texts name the call and its status", () => {
  const report = analyseLines('text', [
    '2026-12-04 10:00:01.123 ERROR 1 --- [reactor-http-nio-2] c.e.Sync : org.springframework.web.reactive.' +
      'function.client.WebClientResponseException$PayloadTooLarge: 413 Payload Too Large from POST ' +
      `${HOST}/rest/v1/leads.json`,
    `[HTTParty] [2026-12-04 10:00:03 +0000] 401 "GET ${HOST}/identity/oauth/token" 98`,
    `[HTTParty] [2026-12-04 10:00:04 +0000] 200 "GET ${HOST}/rest/v1/leads.json?filterType=id&filterValues=1" 311`,
    `2026-12-04T10:00:05Z ERROR Marketo call failed: <Response [414]> for ${HOST}/rest/v1/leads.json?filterValues=a`,
  ]);
  assert.equal(report.totals.marketoCalls, 4);
  assert.deepEqual(codeCounts(report, 'http').sort(), [
    ['401', 1],
    ['413', 1],
    ['414', 1],
  ]);
  const endpoints = report.levels.http.codes.map((c) => c.endpoints.map((e) => e.endpoint).join());
  assert.deepEqual(endpoints.sort(), ['/identity/oauth/token', '/rest/v1/leads.json', '/rest/v1/leads.json']);
});

test(".NET's HttpRequestException with a status is that status, not a call without response", () => {
  const report = analyseLines('text', [
    `2026-12-04 10:00:01 info: Sync.Worker[0] Upserting 300 leads to ${HOST}/rest/v1/leads.json`,
    '2026-12-04 10:00:02 fail: Sync.Worker[0] System.Net.Http.HttpRequestException: Response status code does ' +
      'not indicate success: 414 (Request-URI Too Long).',
  ]);
  assert.deepEqual(codeCounts(report, 'http'), [['414', 1]]);
  assert.equal(report.totals.noResponse, 0);
  assert.equal(report.levels.http.codes[0]!.endpoints[0]!.endpoint, '/rest/v1/leads.json');
});

test('.NET logs the status, then throws: the exception repeats the call, it is not a second one', () => {
  const report = analyseLines('text', [
    'info: System.Net.Http.HttpClient.Marketo.LogicalHandler[100] Start processing HTTP request POST ' +
      `${HOST}/rest/v1/leads.json`,
    'info: System.Net.Http.HttpClient.Marketo.LogicalHandler[101] End processing HTTP request after 20.5ms - 413',
    'fail: Sync.Worker[0] System.Net.Http.HttpRequestException: Response status code does not indicate success: ' +
      '413 (Request Entity Too Large).',
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
});

// reqwest's Error shown with {} and with {:?}, as its source (src/error.rs) writes them; and its words when no
// response came. The secret in a URL of the Debug form must not reach the report.
test("Rust reqwest's errors: the status and URL with {} and {:?}, and no response when sending failed", () => {
  const report = analyseLines('text', [
    '2026-12-04T10:00:01Z ERROR sync: HTTP status client error (413 Payload Too Large) for url ' +
      `(${HOST}/rest/v1/leads.json)`,
    '2026-12-04T10:00:02Z ERROR sync: reqwest::Error { kind: Status(401, Some("Unauthorized")), url: ' +
      `"${HOST}/identity/oauth/token?grant_type=client_credentials&client_id=a&client_secret=S3cr3tValue" }`,
    `2026-12-04T10:00:03Z ERROR sync: error sending request for url (${HOST}/rest/v1/leads.json)`,
    `2026-12-04T10:00:04Z ERROR sync: reqwest::Error { kind: Request, url: "${HOST}/rest/v1/activities.json", ` +
      'source: hyper_util::client::legacy::Error(SendRequest, hyper::Error(IncompleteMessage)) }',
  ]);
  assert.equal(report.totals.marketoCalls, 4);
  assert.equal(report.totals.noResponse, 2);
  assert.deepEqual(codeCounts(report, 'http').sort(), [
    ['401', 1],
    ['413', 1],
  ]);
  assert.doesNotMatch(JSON.stringify(report), /S3cr3tValue/);
});
