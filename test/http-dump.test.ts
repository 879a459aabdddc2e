import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// Go's httputil.DumpRequestOut / DumpResponse through the log package, as go_dump_sync.go recorded them
// (fixtures/clients/go-httputil-dump.log).
const at = '2026/12/04 17:23:46';

test('a dumped request, its Host header and the dumped response are one call, its body included', () => {
  const report = analyseLines('text', [
    `${at} POST /rest/v1/leads.json HTTP/1.1`,
    'Host: 284-rpr-133.mktorest.com',
    'User-Agent: Go-http-client/1.1',
    'Authorization: Bearer 5f2b6c1e-7a4d-4e0b-9c3a-fa4e0000c0de:ab',
    '',
    '{"input":[{"email":"kim@example.com"}]}',
    `${at} HTTP/1.1 200 OK`,
    'Content-Type: application/json;charset=UTF-8',
    '',
    '{"requestId":"a4c3#18f3c205ccd","success":false,"errors":[{"code":"606","message":"Max rate limit"}]}',
    `${at} POST /rest/v1/leads.json HTTP/1.1`,
    'Host: 284-rpr-133.mktorest.com',
    '',
    `${at} HTTP/1.1 413 Payload Too Large`,
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
  assert.equal(report.levels.http.codes[0]!.endpoints[0]!.endpoint, '/rest/v1/leads.json');
  assert.doesNotMatch(JSON.stringify(report), /5f2b6c1e/);
});

test("a request whose answer never came is counted only when Go's error says so", () => {
  const url = 'http://284-rpr-133.mktorest.com/rest/v1/activities.json?nextPageToken=GIYDAOBNGEYS2MBW';
  const report = analyseLines('text', [
    `${at} GET /rest/v1/activities.json?nextPageToken=GIYDAOBNGEYS2MBW HTTP/1.1`,
    'Host: 284-rpr-133.mktorest.com',
    `${at} marketo call failed: Get "${url}": EOF`,
    `${at} GET /rest/v1/leads.json HTTP/1.1`,
    'Host: 284-rpr-133.mktorest.com',
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.equal(report.totals.noResponse, 1);
});
