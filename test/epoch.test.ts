import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OUT_OF_RANGE, readEpoch, toEpochMs } from '../src/normalise/epoch.js';

const MS = Date.parse('2024-06-10T06:13:19.123Z');

test('epoch numbers are read by magnitude: seconds, milliseconds, microseconds, nanoseconds', () => {
  assert.equal(toEpochMs(MS / 1000), MS);
  assert.equal(toEpochMs(MS), MS);
  assert.equal(toEpochMs(MS * 1000), MS);
  assert.equal(toEpochMs(MS * 1e6), MS);
  // OTLP writes nanoseconds as decimal strings, beyond 2^53.
  assert.equal(toEpochMs('1717999999123456789'), 1717999999123.4568);
});

test('a time no Date can hold is OUT_OF_RANGE, not a crash; no time at all is undefined', () => {
  for (const bad of [1e308, Number.POSITIVE_INFINITY, 1e21, '9'.repeat(25)])
    assert.equal(readEpoch(bad), OUT_OF_RANGE, String(bad));
  for (const none of [0, -5, Number.NaN, '', 'soon', undefined, null, {}, true])
    assert.equal(readEpoch(none), undefined, String(none));
  assert.equal(toEpochMs(1e308), undefined);
});

test("Python's asctime and other zone-less times are UTC; syslog's yearless time is not guessed", () => {
  assert.equal(toEpochMs('2026-12-01 19:02:14,383'), Date.parse('2026-12-01T19:02:14.383Z'));
  assert.equal(toEpochMs('2026-12-01T19:02:14'), Date.parse('2026-12-01T19:02:14Z'));
  assert.equal(toEpochMs('2026-12-01T19:02:14.123456789Z'), Date.parse('2026-12-01T19:02:14.123Z'));
  assert.equal(toEpochMs('Mon, 10 Jun 2024 06:13:19 GMT'), Date.parse('2024-06-10T06:13:19Z'));
  assert.equal(toEpochMs('Dec  1 19:02:14'), undefined);
});
