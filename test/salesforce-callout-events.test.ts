import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../src/aggregate/report-model.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// Salesforce's Event Monitoring records of Apex callouts: the ApexCallout event log file (one CSV per day) and the
// ApexCalloutEventLog object as `sf data query` gives it (--json, --result-format csv). The recorded ones are
// checked against the mock's answers in salesforce-fixtures.test.ts; here: how one row or record reads.
const M = 'https://284-rpr-133.mktorest.com';

function nearLimits(report: Report): Record<string, unknown> {
  const found = report.diagnostics.find((d) => d.id === 'near-limits');
  assert.ok(found, 'a near-limits diagnosis');
  return found.evidence as Record<string, unknown>;
}

const ELF_HEADER =
  '"EVENT_TYPE","TIMESTAMP","REQUEST_ID","ORGANIZATION_ID","USER_ID","RUN_TIME","CPU_TIME","URI","SESSION_KEY",' +
  '"LOGIN_KEY","TYPE","METHOD","SUCCESS","TIME","REQUEST_SIZE","RESPONSE_SIZE","URL","STATUS_CODE",' +
  '"TIMESTAMP_DERIVED","USER_ID_DERIVED","CLIENT_IP"';
const elfRow = (at: string, method: string, success: number, ms: number, size: number, url: string, status: string) =>
  [
    'ApexCallout',
    at.replace(/[-T:Z]/g, ''),
    '4exLFFQZ1234',
    '00D000000000123',
    '005000000000123',
    '',
    '12',
    '',
    '',
    '',
    'REST',
    method,
    String(success),
    String(ms),
    String(size),
    '183',
    url,
    status,
    at,
    '005000000000123AAA',
    'Salesforce.com IP',
  ]
    .map((cell) => `"${cell}"`)
    .join(',');

test('an ApexCallout event log file row is a call with its status, GMT time, duration and request size', () => {
  const report = analyseLines('text', [
    ELF_HEADER,
    elfRow('2026-12-04T10:00:01.123Z', 'POST', 1, 415, 1_048_900, `${M}/rest/v1/leads.json`, '413'),
    elfRow('2026-12-04T10:00:02.456Z', 'POST', 1, 95, 1_010_000, `${M}/rest/v1/leads.json`, '200'),
    elfRow('2026-12-04T10:00:03.000Z', 'GET', 0, 10_000, 0, `${M}/rest/v1/activities.json?nextPageToken=GIYD`, ''),
  ]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.totals.noResponse, 1, 'SUCCESS 0 and no status: no response came');
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
  // The event's time is when the callout ended, as a logged line's time is elsewhere: it started TIME ms before.
  assert.equal(report.levels.http.codes[0]!.firstSeen, '2026-12-04T10:00:00.708Z', 'TIME is a duration, not a time');
  const evidence = nearLimits(report);
  assert.equal(evidence.maxRequestBytes, 1_048_900);
  assert.equal(evidence.nearBody, 1, 'the 200 with a body of 1 010 000 bytes was near the limit');
});

test('a row with only the compact TIMESTAMP (GMT) keeps its time', () => {
  const report = analyseLines('text', [
    '"EVENT_TYPE","TIMESTAMP","METHOD","SUCCESS","TIME","REQUEST_SIZE","URL","STATUS_CODE"',
    `"ApexCallout","20261204100001.123","POST","1","415","2000","${M}/rest/v1/leads.json","414"`,
  ]);
  assert.deepEqual(codeCounts(report, 'http'), [['414', 1]]);
  assert.equal(report.levels.http.codes[0]!.firstSeen, '2026-12-04T10:00:00.708Z');
});

const record = (fields: Record<string, unknown>) => ({
  attributes: { type: 'ApexCalloutEventLog', url: '/services/data/v62.0/sobjects/ApexCalloutEventLog/0AT000000000001' },
  ...fields,
});

test('sf data query --json: each ApexCalloutEventLog record is a call, its Time a duration in ms', () => {
  const records = [
    record({ Timestamp: '2026-12-04T10:00:01.123+0000', Method: 'POST', Url: `${M}/rest/v1/leads.json` }),
    record({ Timestamp: '2026-12-04T10:00:02.000+0000', Method: 'GET', Url: `${M}/rest/v1/lists.json` }),
    record({ Timestamp: '2026-12-04T10:00:03.000+0000', Method: 'GET', Url: `${M}/rest/v1/activities.json` }),
  ];
  Object.assign(records[0]!, { StatusCode: 413, IsSuccess: true, Time: 415, RequestSize: 1_048_900 });
  Object.assign(records[1]!, { StatusCode: 200, IsSuccess: true, Time: 80, RequestSize: 0 });
  Object.assign(records[2]!, { StatusCode: null, IsSuccess: false, Time: 10_000, RequestSize: 0 });
  const doc = { status: 0, result: { records, totalSize: 3, done: true }, warnings: [] };
  const report = analyseLines('ndjson', [JSON.stringify(doc)], 'callouts.json');
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
  assert.equal(report.levels.http.codes[0]!.firstSeen, '2026-12-04T10:00:00.708Z');
  assert.equal(nearLimits(report).maxRequestBytes, 1_048_900);
});

test('sf data query --result-format csv: each row is a call, a false IsSuccess with no status got no response', () => {
  const report = analyseLines('text', [
    'Timestamp,Method,Url,StatusCode,IsSuccess,Time,RequestSize,ResponseSize',
    `2026-12-04T10:00:01.123Z,POST,${M}/rest/v1/leads.json,413,true,415,1048900,183`,
    `2026-12-04T10:00:02.000Z,GET,${M}/rest/v1/lists.json,200,true,80,0,300`,
    `2026-12-04T10:00:03.000Z,GET,${M}/rest/v1/activities.json,,false,10000,0,0`,
  ]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
  assert.equal(nearLimits(report).maxRequestBytes, 1_048_900);
});

test('hostile cells give no time, duration, size or status they cannot hold', () => {
  const report = analyseLines('text', [
    '"EVENT_TYPE","TIMESTAMP","METHOD","SUCCESS","TIME","REQUEST_SIZE","URL","STATUS_CODE"',
    `"ApexCallout","20261399999999.999","POST","1","-5","abc","${M}/rest/v1/leads.json","414"`,
    `"ApexCallout","99999999999999999999","POST","1","1e400","99999999999999999","${M}/rest/v1/leads.json","413"`,
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(codeCounts(report, 'http'), [
    ['413', 1],
    ['414', 1],
  ]);
  for (const code of report.levels.http.codes) assert.equal(code.firstSeen, null, code.code);
  assert.equal(nearLimits(report).maxRequestBytes, 0);
});
