import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summaryFromReport } from '../src/aggregate/from-report.js';
import { render } from '../src/report/index.js';
import { analyseLines } from './helpers/analyse-lines.js';

// A log that holds statuses and no bodies (a call table, breadcrumbs, an access log) cannot show the codes Marketo
// puts inside an HTTP 200: the report must not say there were none.
const URL = 'https://123-abc-456.mktorest.com/rest/v1/leads.json';
const call = (status: number, body?: object) =>
  JSON.stringify({ time: '2026-12-04T10:00:01Z', method: 'POST', url: URL, status, response: body });
const BODILESS = [call(200), call(200), call(413), call(200)];

test('calls answered without a logged body are counted, and the empty levels say codes are unknown for them', () => {
  const report = analyseLines('ndjson', BODILESS);
  assert.equal(report.totals.unseenBodies, 3);
  for (const format of ['table', 'markdown', 'html', 'junit'] as const) {
    const text = render(format, report, { lang: 'en', color: false, width: 100 });
    assert.match(text, /3 calls were logged without their answer(?:'|&#39;|&apos;)s body/, format);
  }
  const sv = render('markdown', { ...report, lang: 'sv' }, { lang: 'sv', color: false, width: 100 });
  assert.match(sv, /3 anrop loggades utan svarets innehåll/);
});

test('with every body logged nothing is said, and the count is left out of the JSON', () => {
  const body = { requestId: 'a#1', success: true, result: [{ id: 1, status: 'updated' }] };
  const report = analyseLines('ndjson', [call(200, body)]);
  assert.equal('unseenBodies' in report.totals, false);
  assert.match(render('markdown', report, { lang: 'en', color: false, width: 100 }), /No failures at this level/);
});

test('the count of two reports adds up when they merge', () => {
  const parts = [analyseLines('ndjson', BODILESS), analyseLines('ndjson', [call(200)])].map((r) =>
    summaryFromReport(JSON.parse(JSON.stringify(r))),
  );
  parts[0]!.merge(parts[1]!);
  assert.equal(parts[0]!.unseenBodies, 4);
});

test('the CSV of totals has the count as a row', () => {
  const csv = render('csv', analyseLines('ndjson', BODILESS), { lang: 'en', csvRows: 'totals' });
  assert.match(csv, /^unseenBodies,3\b/m);
});
