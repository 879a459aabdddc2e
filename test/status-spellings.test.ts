import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

function analyse(format: 'ndjson' | 'text', lines: string[]) {
  const report = analyseLines(format, lines);
  return { totals: report.totals, http: codeCounts(report, 'http') };
}

// An egress proxy's access log (Envoy's default JSON keys): the status is `response_code`.
const ENVOY = [
  '{"start_time":"2026-12-04T10:00:00.123Z","method":"POST","path":"/rest/v1/leads.json","protocol":"HTTP/1.1",' +
    '"response_code":413,"bytes_received":1100000,"duration":12,"authority":"123-abc-456.mktorest.com"}',
  '{"start_time":"2026-12-04T10:00:01.123Z","method":"GET","path":"/rest/v1/leads.json?filterType=id",' +
    '"response_code":200,"bytes_received":0,"duration":80,"authority":"123-abc-456.mktorest.com"}',
];

test('a status under response_code (Envoy, proxies) is the HTTP status, not a call without response', () => {
  const { totals, http } = analyse('ndjson', ENVOY);
  assert.equal(totals.marketoCalls, 2);
  assert.equal(totals.noResponse, 0);
  assert.deepEqual(http, [['413', 1]]);
});

test('a Marketo code under a key named code is never taken for the HTTP status', () => {
  const line =
    '{"method":"GET","url":"https://123-ABC-456.mktorest.com/rest/v1/leads.json","status":200,"code":"606",' +
    '"response":{"success":false,"errors":[{"code":"606","message":"Max rate limit"}]}}';
  const { totals, http } = analyse('ndjson', [line]);
  assert.deepEqual(http, []);
  assert.equal(totals.findings.response, 1);
});

// Ruby's Logger with a client that prints `status=NNN` after the URL (Rails, Faraday loggers).
test('a text line `METHOD url status=NNN` is a call with that status', () => {
  const lines = [
    'E, [2026-12-04T10:00:01.123456 #1234] ERROR -- : [Marketo] POST ' +
      'https://123-ABC-456.mktorest.com/bulk/v1/leads.json status=413 duration=31.0ms',
    'I, [2026-12-04T10:00:02.5 #1234]  INFO -- : GET https://123-ABC-456.mktorest.com/rest/v1/leads.json -> 200',
    'W, [2026-12-04T10:00:03.5 #1234]  WARN -- : GET https://123-ABC-456.mktorest.com/rest/v1/lists.json HTTP/1.1 414',
  ];
  const { totals, http } = analyse('text', lines);
  assert.equal(totals.marketoCalls, 3);
  assert.deepEqual(http, [
    ['413', 1],
    ['414', 1],
  ]);
});
