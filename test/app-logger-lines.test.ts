import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientLine } from '../src/normalise/text/client-line.js';
import { codeInText } from '../src/normalise/text/codes-in-text.js';
import { parseInspect } from '../src/normalise/ndjson/inspect-parse.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// The lines of apps that log Marketo calls through log4js, consola, axios-logger, tslog, Ruby's Logger and PHP's
// error_log() (fixtures/app-loggers/), one reading at a time.
const HOST = 'https://284-rpr-133.mktorest.com';

test("util.inspect's bare keys name a Marketo code; an app's `status code: 503` does not", () => {
  assert.deepEqual(codeInText("lookup: Marketo error [ { code: '602', message: 'Access token expired' } ]"), {
    code: '602',
    message: 'Access token expired',
    kind: 'dict',
    level: 'response',
  });
  assert.equal(codeInText("lead 1 skipped [ { code: '1005', message: 'Lead already exists' } ]")?.level, 'record');
  assert.equal(codeInText('request failed, status code: 503'), undefined);
  assert.equal(codeInText("{ code: 'ECONNRESET', message: 'socket hang up' }"), undefined);
});

test("PHP's print_r of errors[]: the code and the message of the lines below it", () => {
  const printed = ['Marketo errors: Array', '(', '    [0] => Array', '        (', '            [code] => 1029'];
  const found = codeInText([...printed, '            [message] => Export daily quota 500MB exceeded.', ')'].join('\n'));
  assert.deepEqual(found, {
    code: '1029',
    message: 'Export daily quota 500MB exceeded.',
    kind: 'dict',
    level: 'response',
  });
});

test("a client line with Marketo's path alone, axios-logger's `413:Payload Too Large`, PHP's `returned HTTP`", () => {
  assert.deepEqual(clientLine('ℹ GET /identity/oauth/token 401 (16ms)'), {
    method: 'GET',
    url: '/identity/oauth/token',
    status: 401,
  });
  assert.deepEqual(clientLine(`[Axios][Error] POST ${HOST}/rest/v1/leads.json 413:Payload Too Large <html>`), {
    method: 'POST',
    url: `${HOST}/rest/v1/leads.json`,
    status: 413,
  });
  assert.deepEqual(clientLine(`Marketo POST ${HOST}/rest/v1/leads.json returned HTTP 413 in 0.002s`)?.status, 413);
  assert.deepEqual(clientLine('Marketo call GET /rest/v1/activities.json failed: socket hang up'), {
    method: 'GET',
    url: '/rest/v1/activities.json',
    noResponse: true,
  });
  assert.equal(
    clientLine(`Marketo GET ${HOST}/rest/v1/activities.json: cURL error 52: Empty reply from server`)?.noResponse,
    true,
  );
  // A path that is not Marketo's stays unread; so does a time after a URL.
  assert.equal(clientLine('GET /api/v1/users 200'), undefined);
  assert.equal(clientLine('GET /rest/users/12 200'), undefined);
  assert.equal(clientLine('POST /rest/asset/v1/emails.json 200')?.status, 200);
  assert.equal(clientLine(`GET ${HOST}/rest/v1/leads.json 12:30:01`), undefined);
});

test("Ruby's Logger printing Net::HTTP's EOFError: no response, at the URL the line before named", () => {
  const report = analyseLines('text', [
    `D, [2026-12-04T20:55:23.941000 #14806] DEBUG -- marketo: GET ${HOST}/rest/v1/activities.json?nextPageToken=G`,
    'E, [2026-12-04T20:55:23.941811 #14806] ERROR -- marketo: end of file reached (EOFError)',
    "/usr/lib/ruby/3.1.0/net/protocol.rb:227:in `rbuf_fill'",
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.equal(report.totals.noResponse, 1);
});

test("Ruby's Logger handed Net::HTTP's exception for a 413: the call logged before it, told again", () => {
  const report = analyseLines('text', [
    `I, [2026-12-04T20:55:23.938613 #14806]  INFO -- marketo: POST ${HOST}/rest/v1/leads.json -> 413 Payload Too Large`,
    'E, [2026-12-04T20:55:23.938748 #14806] ERROR -- marketo: 413 "Payload Too Large" (Net::HTTPClientException)',
    "/usr/lib/ruby/3.1.0/net/http/response.rb:137:in `error!'",
    `I, [2026-12-04T20:55:24.000000 #14806]  INFO -- marketo: POST ${HOST}/rest/v1/leads.json -> 200 OK`,
    'E, [2026-12-04T20:55:24.100000 #14806] ERROR -- marketo: 503 "Service Unavailable" (Net::HTTPFatalError)',
  ]);
  // The 503 names no call before it: a call of its own, at the host the last call went to.
  assert.equal(report.totals.marketoCalls, 3);
  assert.deepEqual(codeCounts(report, 'http'), [
    ['413', 1],
    ['503', 1],
  ]);
});

test("a JSON record's body under a key of its own, beside `GET url 401` in its message: one call, its status", () => {
  const report = analyseLines('ndjson', [
    JSON.stringify({
      message: `GET ${HOST}/identity/oauth/token?grant_type=client_credentials 401`,
      level: 'INFO',
      durationMs: 17,
      body: { error: 'unauthorized', error_description: 'Bad client credentials' },
    }),
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['401', 1]]);
});

test("tslog's JSON error (the AxiosError under `nativeError`) repeats the response logged before it", () => {
  const config = { method: 'post', url: '/rest/v1/leads.json', baseURL: HOST };
  const lines = [
    { message: `POST ${HOST}/rest/v1/leads.json 413`, level: 'INFO', body: '<html>413</html>' },
    {
      message: 'Marketo call POST /rest/v1/leads.json failed',
      error: { nativeError: { name: 'AxiosError', config, status: 413 } },
    },
    // A second failure of the same kind is the next call, and a dropped connection one of its own.
    {
      message: 'Marketo call POST /rest/v1/leads.json failed',
      error: { nativeError: { name: 'AxiosError', config, status: 413 } },
    },
    {
      message: 'failed',
      error: { nativeError: { name: 'AxiosError', config, code: 'ECONNRESET', status: '[undefined]' } },
    },
  ];
  const report = analyseLines(
    'ndjson',
    lines.map((line) => JSON.stringify(line)),
  );
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 2]]);
});

// Every AxiosError util.inspect prints holds `env: { FormData: [Function], Blob: [class Blob] }` and
// `headers: [Object [AxiosHeaders]]` deeper down: each made the whole printed error unreadable.
test('a printed object with a class placeholder, or a placeholder inside one, is read', () => {
  assert.deepEqual(parseInspect('{ env: { FormData: [Function], Blob: [class Blob] }, status: 413 }'), {
    env: { FormData: '[Function]', Blob: '[class Blob]' },
    status: 413,
  });
  assert.deepEqual(parseInspect("{ headers: [Object [AxiosHeaders]], method: 'post' }"), {
    headers: '[Object [AxiosHeaders]]',
    method: 'post',
  });
  assert.equal(parseInspect(`{ a: ${'['.repeat(500)}Object }`), undefined);
});

// `console.error(err)` of an AxiosError and nothing else: the message names no URL, the error's own keys do.
test('an AxiosError printed alone: one call, at the URL its config names', () => {
  const report = analyseLines('text', [
    'AxiosError: Request failed with status code 413',
    '    at settle (/srv/app/node_modules/axios/dist/node/axios.cjs:2671:12)',
    '    at async sync (file:///srv/app/sync.mjs:9:3) {',
    '  isAxiosError: true,',
    "  code: 'ERR_BAD_REQUEST',",
    '  config: {',
    '    env: { FormData: [Function], Blob: [class Blob] },',
    "    method: 'post',",
    `    url: '${HOST}/rest/v1/leads.json',`,
    '  },',
    '  response: {',
    '    status: 413,',
    "    data: '<html>413</html>'",
    '  },',
    '  status: 413',
    '}',
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(
    report.levels.http.codes.map((c) => [c.code, c.endpoints.map((e) => e.endpoint)]),
    [['413', ['/rest/v1/leads.json']]],
  );
});
