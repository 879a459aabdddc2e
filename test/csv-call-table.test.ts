import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';
import { analyseRecorded, assertTimedWithin } from './helpers/recorded.js';

const HOST = 'https://123-abc-456.mktorest.com';

// Application Insights' dependencies table exported from the portal's Logs (Export > CSV, all columns).
const row = (head: string, call: string): string => `${head},123-abc-456.mktorest.com,HTTP,"${call},<250ms,SyncLeads`;
test('a CSV export whose rows are calls (a URL and a status column) is read row by row', () => {
  const report = analyseLines('text', [
    '"timestamp [UTC]",id,target,type,name,data,success,resultCode,duration,performanceBucket,operation_Name',
    row('"12/4/2026, 10:00:01.123 AM",a1', `POST /rest/v1/leads.json",${HOST}/rest/v1/leads.json,False,413,120.5`),
    row(
      '"12/4/2026, 10:00:02.123 AM",a2',
      `GET /identity/oauth/token","${HOST}/identity/oauth/token?client_id=x&client_secret=pw-7x",False,401,20`,
    ),
    row(
      '"12/4/2026, 10:00:03.123 AM",a3',
      `GET /rest/v1/leads.json","${HOST}/rest/v1/leads.json?filterType=id&filterValues=1,2",True,200,80`,
    ),
  ]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.inputs[0]!.unrecognised, 0);
  assert.deepEqual(codeCounts(report, 'http').sort(), [
    ['401', 1],
    ['413', 1],
  ]);
  assert.ok(!JSON.stringify(report).includes('pw-7x'));
});

test('a query result with ISO times keeps them, and a quoted field may hold commas and line ends', () => {
  const report = analyseLines('text', [
    'timestamp,method,url,status,duration_ms,note',
    `2026-12-04T10:00:01.000Z,POST,${HOST}/rest/v1/leads.json,414,30,"a note, with a comma`,
    'and a second line"',
    `2026-12-04T10:00:02.000Z,GET,${HOST}/rest/v1/leads.json,200,80,`,
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.equal(report.levels.http.codes[0]!.firstSeen, '2026-12-04T10:00:01.000Z');
});

test("an export with the line in a column of its own (Splunk's _raw) is read by that column first", () => {
  const raw = JSON.stringify({
    time: '2026-12-04T10:00:01.000Z',
    url: `${HOST}/rest/v1/leads.json`,
    status: 200,
    responseBody: { requestId: 'e1#1', success: false, errors: [{ code: '606', message: 'Max rate limit' }] },
  });
  const report = analyseLines('text', [
    '_time,uri,status,_raw',
    `2026-12-04T10:00:01.000Z,/rest/v1/leads.json,200,"${raw.replaceAll('"', '""')}"`,
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
});

// Recorded by fixtures/tools/record-clients.mjs: the calls' rows as the portal exports them in a US browser
// (`12/4/2026, 11:52:07.035 PM`) and a UK one (`04/12/2026, 23:52:07.332`), both on a day that fits either order.
for (const locale of ['us', 'gb']) {
  test(`clients/appinsights-dependencies-${locale}.csv: each call is timed at its start for the windows`, async () => {
    const { report, want } = await analyseRecorded('clients', `appinsights-dependencies-${locale}.csv`);
    // The row's time is the call's start, a few ms before the mock answered.
    assertTimedWithin(report, want, 0, 1000);
    const peaks = report.peaks;
    assert.ok(peaks && peaks.rateWindowCalls > 0 && peaks.inFlight >= 2, JSON.stringify(peaks));
    assert.equal(report.totals.noResponse, want.noResponse);
  });
}
