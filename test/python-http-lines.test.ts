import assert from 'node:assert/strict';
import { test } from 'node:test';
import { httpxExchange, pythonNoResponse } from '../src/normalise/text/python-http-line.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// Lines as Debian's python3-httpx 0.23 and python3-aiohttp 3.8 clients write them (recorded in fixtures/python/).
const HOST = 'http://284-rpr-133.mktorest.com:44225';
const at = (s: string) => `2026-12-04 15:16:26,${s}`;
const LEADS = `${HOST}/rest/v1/leads.json`;

test("httpx's exchange line is a call with its method, URL and status", () => {
  const line = `${at('882')} DEBUG httpx._client HTTP Request: POST ${LEADS} "HTTP/1.1 413 Payload Too Large"`;
  assert.deepEqual(httpxExchange(line), { method: 'POST', url: `${HOST}/rest/v1/leads.json`, status: 413 });
  assert.equal(httpxExchange(`HTTP Request: GET ${HOST}/x "HTTP/2 abc"`), undefined);
  const report = analyseLines('text', [
    line,
    `${at('883')} INFO httpx HTTP Request: GET ${HOST}/identity/oauth/token?x=1 "HTTP/1.1 401 Unauthorized"`,
    `${at('884')} DEBUG httpx._client HTTP Request: GET ${HOST}/rest/v1/leads.json?filterType=id "HTTP/1.1 200 OK"`,
  ]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.deepEqual(codeCounts(report, 'http'), [
    ['401', 1],
    ['413', 1],
  ]);
});

test("a call named before httpx's or aiohttp's no-response exception got no response", () => {
  const lines = [
    `${at('910')} ERROR lead_sync GET ${HOST}/rest/v1/activities.json failed: RemoteProtocolError('closed')`,
    `${at('974')} ERROR lead_sync POST ${LEADS} failed: ServerDisconnectedError('Server disconnected')`,
  ];
  assert.deepEqual(pythonNoResponse(lines[0]!), {
    method: 'GET',
    url: `${HOST}/rest/v1/activities.json`,
    noResponse: true,
  });
  assert.equal(pythonNoResponse(`${at('1')} ERROR x ServerDisconnectedError before GET ${HOST}/a`), undefined);
  for (const format of ['text', 'ndjson'] as const) {
    const input =
      format === 'text'
        ? lines
        : lines.map((message) => JSON.stringify({ levelname: 'ERROR', name: 'lead_sync', message }));
    const report = analyseLines(format, input);
    assert.equal(report.totals.marketoCalls, 2, format);
    assert.equal(report.totals.noResponse, 2, format);
  }
});

test("an app's JSON message with a status and a body that is not Marketo's keeps the call's status", () => {
  const body = '{"error":"unauthorized","error_description":"Bad client credentials"}';
  const message = `GET ${HOST}/identity/oauth/token?grant_type=client_credentials -> 401 ${body}`;
  const report = analyseLines('ndjson', [JSON.stringify({ levelname: 'INFO', name: 'lead_sync', message })]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['401', 1]]);
});
