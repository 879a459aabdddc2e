import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildExchange } from '../src/normalise/build-exchange.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// A log pipeline may write Marketo's flag as text (a shipper's type conversion, a table turned back into JSON).
const URL = 'https://123-abc-456.mktorest.com/rest/v1/leads.json';
const errors = [{ code: 606, message: 'Max rate limit' }];

test('success written as text ("false", " False ", "TRUE") is the flag it says; other text stays', () => {
  for (const [text, want] of [
    ['false', false],
    [' False ', false],
    ['TRUE', true],
    ['maybe', 'maybe'],
  ] as const) {
    const responseBody = { requestId: 'a#1', success: text, errors };
    const ex = buildExchange({ source: { file: 'a', line: 1 }, url: URL, status: 200, responseBody });
    assert.equal((ex.response as { success: unknown }).success, want, text);
  }
});

test('a body with success "false" is a response-level failure with its code', () => {
  const line = {
    time: '2026-12-04T10:00:01Z',
    url: URL,
    status: '200',
    response: { requestId: 'a#1', success: 'false', errors },
  };
  const report = analyseLines('ndjson', [JSON.stringify(line)]);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
  assert.equal(report.totals.failedCalls, 1);
});
