import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Summary } from '../src/aggregate/summary.js';
import { toReport } from '../src/aggregate/to-report.js';
import { classify } from '../src/classify/classify.js';
import { buildExchange } from '../src/normalise/build-exchange.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// Any JSON can stand where Marketo puts a string or a number: classify and
// aggregate take each value as untrusted (no String(), spread or date call on it).

const source = { file: 'app.log', line: 3 };
const HOSTILE: unknown[] = [
  { toString: 1 },
  { toString: null, valueOf: 2 },
  [{ toString: 'x' }],
  { a: { b: [] } },
  true,
  null,
  [],
  {},
];

function exchangeWith(body: unknown) {
  return buildExchange({
    source,
    url: 'https://123-ABC-456.mktorest.com/rest/v1/leads.json',
    status: 200,
    responseBody: JSON.stringify(body),
  });
}

test('a code or message that is an object, array, boolean or null gives a finding, not a throw', () => {
  for (const value of HOSTILE) {
    const errors = exchangeWith({
      requestId: 'r#1',
      success: false,
      errors: [
        { code: value, message: value },
        { code: '606', message: value },
      ],
    });
    const records = exchangeWith({
      requestId: 'r#2',
      success: true,
      result: [{ status: 'skipped', reasons: [{ code: value, message: value }] }],
    });
    const e = classify(errors, { showRecords: true }).findings;
    const r = classify(records, { showRecords: true }).findings;
    assert.equal(e.length, 2, JSON.stringify(value));
    assert.equal(r.length, 1, JSON.stringify(value));
    for (const f of [...e, ...r]) {
      assert.equal(typeof f.code, 'string');
      assert.ok(f.code.length > 0);
      assert.equal(typeof f.message, 'string');
    }
    assert.equal(e[1]!.code, '606');
  }
});

test('an object code is shown as its JSON, so two different objects stay two codes', () => {
  const ex = exchangeWith({ success: false, errors: [{ code: { toString: 1 } }, { code: { n: 2 } }] });
  assert.deepEqual(
    classify(ex, { showRecords: false }).findings.map((f) => f.code),
    ['{"toString":1}', '{"n":2}'],
  );
});

test('a time outside the range of a Date is left out of time-based counts, and the report is still written', () => {
  const summary = new Summary();
  for (const startedAt of [1e308, -1e300, 8.64e15 + 1, Number.NaN, 1_717_999_999_123]) {
    const ex = { ...exchangeWith({ success: false, errors: [{ code: '606', message: 'x' }] }), startedAt };
    summary.add(ex, classify(ex, { showRecords: false }));
  }
  const report = toReport(summary, { lang: 'en', tool: { name: 't', version: '0' }, diagnostics: [], filters: {} });
  assert.equal(report.totals.marketoCalls, 5);
  assert.deepEqual(
    report.timeline.points.map((p) => p.calls),
    [1],
  );
  const tally = report.levels.response.codes[0]!;
  assert.equal(tally.count, 5);
  assert.equal(tally.firstSeen, '2024-06-10T06:13:19.123Z');
  assert.equal(tally.lastSeen, '2024-06-10T06:13:19.123Z');
});

test('axios query params that are objects ({"toString":1}) make a URL, not exit 70', async () => {
  const line = JSON.stringify({
    level: 50,
    err: {
      type: 'AxiosError',
      message: 'Request failed with status code 414',
      config: {
        method: 'get',
        baseURL: 'https://123-ABC-456.mktorest.com',
        url: '/rest/v1/leads.json',
        params: { filterType: 'id', filterValues: { toString: 1 } },
      },
      response: { status: 414, data: 'URI too long' },
    },
  });
  const { code, stdout, stderr } = await runCliInProcess(['analyze', '--format', 'json', '--quiet'], line + '\n');
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout) as { levels: { http: { codes: Array<{ code: string }> } } };
  assert.deepEqual(
    report.levels.http.codes.map((c) => c.code),
    ['414'],
  );
});

test('CLI: a code {"toString":1} is reported, exit 0, no internal error', async () => {
  const line = JSON.stringify({
    url: 'https://x.mktorest.com/rest/v1/leads.json',
    status: 200,
    responseBody: { success: false, errors: [{ code: { toString: 1 }, message: { toString: 1 } }] },
  });
  const { code, stdout, stderr } = await runCliInProcess(['analyze', '--format', 'json', '--quiet'], line + '\n');
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout) as { totals: { findings: { response: number } } };
  assert.equal(report.totals.findings.response, 1);
});
