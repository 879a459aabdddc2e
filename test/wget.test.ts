import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines } from './helpers/analyse-lines.js';

// GNU Wget's progress lines (fixtures/clients/wget-*.log are the recorded ones, checked against the mock).
const B = 'https://284-rpr-133.mktorest.com';
const started = (url: string): string[] => [
  `--2026-12-04 23:57:41--  ${url}`,
  'Resolving 284-rpr-133.mktorest.com (284-rpr-133.mktorest.com)... 192.0.2.10',
  'Connecting to 284-rpr-133.mktorest.com (284-rpr-133.mktorest.com)|192.0.2.10|:443... connected.',
];
const endpointsOf = (report: ReturnType<typeof analyseLines>, level: 'http' | 'response') =>
  report.levels[level].codes.map((c) => [c.code, c.endpoints.map((e) => e.endpoint).join(' ')]);

test('wget: the status after "awaiting response..." (or -S\'s status line) answers the URL of the line before', () => {
  const report = analyseLines('text', [
    ...started(`${B}/identity/oauth/token?grant_type=client_credentials&client_id=x&client_secret=s3cr3t-value`),
    'HTTP request sent, awaiting response... 401 Unauthorized',
    'Username/Password Authentication Failed.',
    ...started(`${B}/rest/v1/leads.json`),
    'HTTP request sent, awaiting response... ',
    '  HTTP/1.1 200 OK',
    '  Content-Type: application/json;charset=UTF-8',
    'Length: 107 [application/json]',
    "Saving to: 'STDOUT'",
    '{"requestId":"a4c3#18f3c205ccd","success":false,"errors":[{"code":"602","message":"Access token expired"}]}',
    '     0K                                                       100% 40.3M=0s',
    '2026-12-04 23:57:41 (40.3 MB/s) - written to stdout [107/107]',
    ...started(`${B}/rest/v1/leads.json`),
    'HTTP request sent, awaiting response... 413 Payload Too Large',
    '2026-12-04 23:57:41 ERROR 413: Payload Too Large.',
  ]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.deepEqual(endpointsOf(report, 'http'), [
    ['401', '/identity/oauth/token'],
    ['413', '/rest/v1/leads.json'],
  ]);
  assert.deepEqual(endpointsOf(report, 'response'), [['602', '/rest/v1/leads.json']]);
  assert.equal(report.levels.http.codes[0]!.firstSeen, '2026-12-04T23:57:41.000Z');
  assert.doesNotMatch(JSON.stringify(report), /s3cr3t-value/);
});

test('wget: no data, a read error or a refused connection is a call with no response', () => {
  for (const failure of [
    'HTTP request sent, awaiting response... No data received.',
    'HTTP request sent, awaiting response... Read error (Connection reset by peer) in headers.',
    'Connecting to 284-rpr-133.mktorest.com (284-rpr-133.mktorest.com)|192.0.2.10|:443... failed: Connection refused.',
  ]) {
    const report = analyseLines('text', [
      `--2026-12-04 23:57:41--  ${B}/rest/v1/activities.json`,
      failure,
      'Giving up.',
    ]);
    assert.equal(report.totals.marketoCalls, 1, failure);
    assert.equal(report.totals.noResponse, 1, failure);
  }
});

test('wget: a retry is a call of its own, and a URL wget only names is no call', () => {
  const report = analyseLines('text', [
    `--2026-12-04 23:57:41--  ${B}/rest/v1/leads.json`,
    'HTTP request sent, awaiting response... 503 Service Temporarily Unavailable',
    'Retrying.',
    '',
    `--2026-12-04 23:57:42--  (try: 2)  ${B}/rest/v1/leads.json`,
    'HTTP request sent, awaiting response... 200 OK',
    `--2026-12-04 23:57:43--  ${B}/rest/v1/lists.json`,
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(endpointsOf(report, 'http'), [['503', '/rest/v1/leads.json']]);
});
