import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareCodeNames } from '../src/report/code-order.js';
import { FORMATS } from '../src/report/registry.js';
import { renderDefaults } from '../src/report/format-spec.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

test('numeric codes in numeric order, ahead of other codes, which follow by code unit', () => {
  const names = ['abc', '1029', '606', '5xx', '0606x', '99999999999999999999', '100000000000000000000', '413'];
  assert.deepEqual([...names].sort(compareCodeNames), [
    '413',
    '606',
    '1029',
    '99999999999999999999',
    '100000000000000000000',
    '0606x',
    '5xx',
    'abc',
  ]);
  // A total order: the sort gives the same result from any start.
  assert.deepEqual([...names].reverse().sort(compareCodeNames), [...names].sort(compareCodeNames));
});

// One 1029 and one 606: equal counts, which a locale order (localeCompare) puts as 1029, 606.
const line = (t: string, code: string, message: string) =>
  JSON.stringify({
    ts: t,
    level: 'error',
    method: 'POST',
    url: 'https://284-RPR-133.mktorest.com/bulk/v1/leads/export/create.json',
    status: 200,
    responseBody: { requestId: `r-${code}`, success: false, errors: [{ code, message }] },
  });
const LOG =
  [
    line('2026-11-02T01:00:00.000Z', '1029', 'Too many jobs in queue'),
    line('2026-11-02T01:00:01.000Z', '606', "Max rate limit '100' exceeded with in '20' secs"),
  ].join('\n') + '\n';

test('the JSON report and every rendered format list 606 before 1029 when their counts are equal', async () => {
  const { code, stdout } = await runCliInProcess(['analyze', '-', '--format', 'json', '--quiet'], LOG);
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.deepEqual(
    report.levels.response.codes.map((c: { code: string }) => c.code),
    ['606', '1029'],
  );
  // The renderers sort for themselves: hand them the codes the other way round, and no
  // diagnostics, whose advice may name 606 above the code tables.
  const response = { codes: [...report.levels.response.codes].reverse() };
  const reversed = { ...report, diagnostics: [], levels: { ...report.levels, response } };
  // json and ndjson's summary are the report as data, in the order it was handed over.
  for (const format of FORMATS.filter((f) => f.name !== 'json' && f.name !== 'ndjson')) {
    const out = format.render(reversed, renderDefaults({ lang: 'en' }));
    const a = out.indexOf('606');
    const b = out.indexOf('1029');
    assert.ok(a >= 0 && b >= 0 && a < b, `${format.name}: 606 at ${a}, 1029 at ${b}`);
  }
});
