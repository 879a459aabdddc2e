import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateTime, isoTime } from '../src/aggregate/date-time.js';

test('dateTime keeps only times a Date can hold; isoTime never throws', () => {
  assert.equal(dateTime(1_717_999_999_123), 1_717_999_999_123);
  assert.equal(dateTime(8.64e15), 8.64e15);
  assert.equal(dateTime(-8.64e15), -8.64e15);
  for (const bad of [8.64e15 + 1, 1e308, -1e308, Number.NaN, Infinity, '2024-01-01', null, undefined]) {
    assert.equal(dateTime(bad), undefined, String(bad));
    assert.equal(isoTime(bad as number), null, String(bad));
  }
  assert.equal(isoTime(0), '1970-01-01T00:00:00.000Z');
});
