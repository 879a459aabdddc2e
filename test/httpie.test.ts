import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines } from './helpers/analyse-lines.js';

// HTTPie's --print=HhBb, one call after another (fixtures/clients/httpie-print.log is the recorded one).
const BODY_602 =
  '{"requestId":"a4c3#18f3c205ccd","success":false,"errors":[{"code":"602","message":"Access token expired"}]}';

test("HTTPie's calls one after another: the body glued to the next request answers the call before it", () => {
  const message = (status: string, request: string): string[] => [
    request,
    'Host: 284-rpr-133.mktorest.com',
    '',
    '',
    `HTTP/1.1 ${status}`,
    'content-type: application/json;charset=UTF-8',
    '',
  ];
  const report = analyseLines('text', [
    ...message('200 OK', 'GET /rest/v1/leads.json?filterType=email&filterValues=ana%40example.com HTTP/1.1'),
    `${BODY_602}POST /rest/v1/leads.json HTTP/1.1`,
    'Host: 284-rpr-133.mktorest.com',
    'Content-Type: application/json',
    '',
    '{"input": [{"email": "x@example.com"}]}',
    '',
    'HTTP/1.1 413 Payload Too Large',
    'content-type: text/html',
    '',
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  const where = (level: 'http' | 'response') =>
    report.levels[level].codes.map((c) => [c.code, c.endpoints.map((e) => e.endpoint).join(' ')]);
  assert.deepEqual(where('response'), [['602', '/rest/v1/leads.json']]);
  assert.deepEqual(where('http'), [['413', '/rest/v1/leads.json']]);
});

test("HTTPie's error for a call that got no response names its method and URL", () => {
  const url = 'https://284-rpr-133.mktorest.com/rest/v1/activities.json?nextPageToken=GIYDAOBNGEYS2MBW';
  for (const level of ['error', 'LogLevel.ERROR']) {
    const report = analyseLines('text', [
      'GET /rest/v1/activities.json?nextPageToken=GIYDAOBNGEYS2MBW HTTP/1.1',
      'Host: 284-rpr-133.mktorest.com',
      '',
      `http: ${level}: ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection ` +
        `without response')) while doing a GET request to URL: ${url}`,
    ]);
    assert.equal(report.totals.marketoCalls, 1, level);
    assert.equal(report.totals.noResponse, 1, level);
  }
});
