import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// A search API's export is one JSON document with the records in an array; a single logged call
// is one JSON document with arrays too (result[], input[], headers). Only the first is split.
const HOST = 'https://284-RPR-133.mktorest.com';
const leads = Array.from({ length: 40 }, (_, i) => ({ id: 900 + i, email: `l${i}@example.com`, status: 'updated' }));
const call = (i: number, body: unknown) => ({
  time: Date.UTC(2026, 11, 4, 9, 0, i),
  req: { method: 'POST', url: `${HOST}/rest/v1/leads.json`, headers: { 'content-type': 'application/json' } },
  res: { statusCode: 200, body },
  responseTime: 210,
});
const skipped = {
  requestId: 'e1#18f',
  success: true,
  result: [{ status: 'skipped', reasons: [{ code: '1004', message: 'Lead not found' }] }],
};
const rejected = { requestId: 'e2#18f', success: false, errors: [{ code: '606', message: 'Max rate limit exceeded' }] };

test('a search export of calls is read as its records, wherever the array lies', () => {
  const hits = [call(1, skipped), call(2, rejected), call(3, { requestId: 'e3#18f', success: true, result: leads })];
  for (const doc of [
    { took: 3, hits: { total: { value: 3 }, hits: hits.map((h, i) => ({ _index: 'logs', _id: `${i}`, _source: h })) } },
    { data: hits.map((h) => ({ type: 'log', attributes: { service: 'sync', attributes: h } })), meta: { elapsed: 9 } },
    { records: hits.map((h) => ({ category: 'AppLogs', properties: h })) },
  ]) {
    for (const format of ['json', 'ndjson'] as const) {
      const report = analyseLines(format, [JSON.stringify(doc)]);
      assert.equal(report.totals.exchanges, 3, `${format}: ${Object.keys(doc)}`);
      assert.deepEqual(codeCounts(report, 'record'), [['1004', 1]]);
      assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
    }
  }
});

test('one logged call is one call, whatever arrays of objects its bodies hold', () => {
  const one = call(1, { requestId: 'e9#18f', success: true, result: [...leads, ...skipped.result] });
  const withInput = { ...one, req: { ...one.req, body: { action: 'createOrUpdate', input: leads } } };
  for (const doc of [one, withInput, one.res.body]) {
    const report = analyseLines('json', [JSON.stringify(doc, null, 2)]);
    assert.equal(report.totals.exchanges, 1);
    assert.deepEqual(codeCounts(report, 'record'), [['1004', 1]]);
  }
});

test('a document whose largest array holds no calls stays one record', () => {
  const report = analyseLines('json', [JSON.stringify({ users: leads, page: 1 })]);
  assert.equal(report.totals.exchanges, 0);
  assert.equal(report.totals.unrecognised, 1);
});
