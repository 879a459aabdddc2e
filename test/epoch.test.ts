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

test('the usual ISO time read by hand equals what Date.parse reads, for every field at and past its range', () => {
  let checked = 0;
  for (const year of ['0050', '0100', '1969', '1970', '2024', '2026', '9999']) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        for (const time of [
          '00:00:00.000',
          '23:59:59.999',
          '24:00:00.000',
          '24:30:00.000',
          '12:60:00.000',
          '12:00:60.000',
          '07:05:09.01x',
        ]) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}Z`;
          // A leading blank takes the text past the hand-read form, to the trim and Date.parse.
          assert.equal(readEpoch(iso), readEpoch(` ${iso}`), iso);
          checked++;
        }
      }
    }
  }
  assert.equal(readEpoch('2026-12-01T19:02:14.383Z'), Date.UTC(2026, 11, 1, 19, 2, 14, 383));
  assert.equal(readEpoch('2026-01-00T00:00:00.000Z'), undefined);
  assert.ok(checked > 22_000);
});

test('a day its month does not have is no time (Date.parse would roll 2026-02-30 over to 2 March)', () => {
  for (const none of [
    '2026-02-29T10:00:00.000Z',
    '2026-02-30T10:00:00Z',
    '2026-04-31T10:00:00.000Z',
    '2100-02-29T00:00:00.000Z',
    '2026-02-30 10:00:00,123',
    ' 2026-06-31T10:00:00.000Z',
    '2026-11-31',
  ])
    assert.equal(readEpoch(none), undefined, none);
  for (const [leap, ms] of [
    ['2024-02-29T10:00:00.000Z', Date.UTC(2024, 1, 29, 10)],
    ['2000-02-29T00:00:00.000Z', Date.UTC(2000, 1, 29)],
    ['2026-12-31 23:59:59,999', Date.UTC(2026, 11, 31, 23, 59, 59, 999)],
    ['2026-04-30', Date.UTC(2026, 3, 30)],
  ] as const)
    assert.equal(readEpoch(leap), ms, leap);
});
