import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sniffFormat } from '../src/input/source.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// Python's logging with `[%(asctime)s] %(levelname)s %(name)s: %(message)s`, a common format string.
const LOG = [
  '[2026-12-04 10:00:00,123] INFO marketo.sync: POST https://123-ABC-456.mktorest.com/rest/v1/leads.json -> 200',
  '[2026-12-04 10:00:01,456] ERROR marketo.sync: POST https://123-ABC-456.mktorest.com/rest/v1/leads.json -> 413',
  '[2026-12-04 10:00:02,789] ERROR marketo.sync: Marketo API Error Code 606: ' +
    "Max rate limit '100' exceeded with in '20' secs",
  '[2026-12-04 10:00:03,000] INFO marketo.sync: sync finished',
];

test('lines opening with a bracketed time are a text log, not a JSON array', () => {
  assert.equal(sniffFormat(Buffer.from(`${LOG.join('\n')}\n`)), 'text');
  assert.equal(sniffFormat(Buffer.from('[INFO] starting\n[INFO] done\n')), 'text');
  // Real arrays still are.
  assert.equal(sniffFormat(Buffer.from('[\n  {"url": "x"}\n]\n')), 'json');
  assert.equal(sniffFormat(Buffer.from('[{"a":1},{"b":2}]\n')), 'json');
  assert.equal(sniffFormat(Buffer.from('[]\n')), 'json');
});

for (const format of ['text', 'ndjson'] as const) {
  test(`a text line opening with '[' is read for what it says (as ${format})`, () => {
    const report = analyseLines(format, LOG, 'sync.log');
    assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
    assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
  });
}
