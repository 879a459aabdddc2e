import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

const HOST = 'https://123-abc-456.mktorest.com';
const ENDPOINTS = (report: ReturnType<typeof analyseLines>, level: 'http' | 'response') =>
  report.levels[level].codes.map((c) => `${c.code}@${c.endpoints.map((e) => e.endpoint).join(',')}`).sort();

test("Java's HttpURLConnection, Python's urllib and node-fetch: each failure is its call", () => {
  const report = analyseLines('text', [
    '2026-12-04 10:00:01,123 ERROR [main] c.e.Sync - upsert failed',
    `java.io.IOException: Server returned HTTP response code: 413 for URL: ${HOST}/rest/v1/leads.json`,
    '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2000)',
    `java.io.FileNotFoundException: ${HOST}/bulk/v1/leads/export/0000c1d2-5e6f-4a7b-8c9d-0e1f2a3b4c5d/file.json`,
    `2026-12-04T10:00:02.123Z error sync FetchError: request to ${HOST}/rest/v1/leads.json failed, ` +
      'reason: socket hang up',
    `2026-12-04 10:00:03,123 INFO sync calling ${HOST}/rest/v1/lead.json?id=1`,
    '2026-12-04 10:00:03,223 ERROR sync urllib.error.HTTPError: HTTP Error 414: Request-URI Too Long',
  ]);
  assert.equal(report.totals.marketoCalls, 4);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(ENDPOINTS(report, 'http'), [
    '404@/bulk/v1/leads/export/{id}/file.json',
    '413@/rest/v1/leads.json',
    '414@/rest/v1/lead.json',
  ]);
});

test("Marketo's body beside the call a line names with no status is that call's, at its endpoint", () => {
  const body = JSON.stringify({ requestId: 'a#1', success: false, errors: [{ code: '610', message: 'Not found' }] });
  const report = analyseLines('text', [
    `2026-12-05 00:52:03.413 INFO [UrlConnectionSync] GET ${HOST}/rest/v1/lead.json?id=4101 answered ${body}`,
  ]);
  assert.deepEqual(ENDPOINTS(report, 'response'), ['610@/rest/v1/lead.json']);
});

test("Marketo's own body after a call that failed at HTTP level is the next call's, not that one's", () => {
  const body = JSON.stringify({ requestId: 'a#2', success: false, errors: [{ code: '610', message: 'Not found' }] });
  const report = analyseLines('text', [
    `java.io.IOException: Server returned HTTP response code: 414 for URL: ${HOST}/rest/v1/leads.json?filterValues=x`,
    `Marketo answered ${body}`,
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(codeCounts(report, 'http'), [['414', 1]]);
  assert.deepEqual(codeCounts(report, 'response'), [['610', 1]]);
});

test("httpx's and aiohttp's raise_for_status() and Ktor's client exceptions name the call and its status", () => {
  const report = analyseLines('text', [
    `ERROR sync httpx.HTTPStatusError: Client error '401 Unauthorized' for url '${HOST}/identity/oauth/token'`,
    "ERROR sync aiohttp.client_exceptions.ClientResponseError: 413, message='Payload Too Large', " +
      `url='${HOST}/rest/v1/leads.json'`,
    `ERROR sync ClientResponseError: 414, message='Request-URI Too Large', url=URL('${HOST}/rest/v1/leads.json?x=1')`,
    'ERROR c.e.Sync - io.ktor.client.plugins.ServerResponseException: ' +
      `Server response(GET ${HOST}/rest/v1/lead.json?id=1) failed: 503 Service Unavailable. Text: "x"`,
  ]);
  assert.equal(report.totals.marketoCalls, 4);
  assert.deepEqual(ENDPOINTS(report, 'http'), [
    '401@/identity/oauth/token',
    '413@/rest/v1/leads.json',
    '414@/rest/v1/leads.json',
    '503@/rest/v1/lead.json',
  ]);
});
