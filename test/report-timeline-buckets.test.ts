import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderHtml } from '../src/report/html.js';
import type { Report, Timeline } from '../src/report/model.js';
import { displayTimeline, MAX_BARS } from '../src/report/timeline-buckets.js';
import { loadReport } from './helpers/reports.js';

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-02T00:00:00Z');

function minutes(n: number, step = 1): Timeline {
  const point = (i: number) => ({ t: T0 + i * step * MINUTE, calls: 2, http: 1, response: 0, record: 1 });
  const points = Array.from({ length: n }, (_, i) => point(i));
  return { bucketMs: MINUTE, points };
}

const sum = (tl: Timeline, key: 'calls' | 'http') => tl.points.reduce((s, p) => s + p[key], 0);

test('the bar width follows the time span: minutes for two hours, hours for days, days for months', () => {
  assert.equal(displayTimeline(minutes(120)).bucketMs, MINUTE);
  assert.equal(displayTimeline(minutes(3)).bucketMs, MINUTE);
  assert.equal(displayTimeline(minutes(3 * 24 * 60, 1)).bucketMs, 3_600_000);
  assert.equal(displayTimeline(minutes(90 * 24, 60)).bucketMs, 86_400_000);
  for (const n of [3, 120, 1000, 5000]) {
    const bars = displayTimeline(minutes(n));
    assert.ok(bars.points.length <= MAX_BARS, `${n}: ${bars.points.length} bars`);
    assert.equal(sum(bars, 'calls'), 2 * n, 'no call is lost');
    assert.equal(sum(bars, 'http'), n);
  }
});

test('points that are not numbers, or beyond a Date, are left out instead of breaking the chart', () => {
  const hostile = {
    bucketMs: MINUTE,
    points: [
      { t: T0, calls: 1, http: 1, response: 0, record: 0 },
      { t: 'x', calls: 1, http: 1, response: 0, record: 0 },
      { t: 9e300, calls: 1, http: 1, response: 0, record: 0 },
      null,
      { t: T0 + MINUTE, calls: '5', http: Number.NaN, response: 2, record: 0 },
    ],
  } as unknown as Timeline;
  const bars = displayTimeline(hostile);
  assert.deepEqual(
    bars.points.map((p) => [p.t, p.calls, p.http, p.response]),
    [
      [T0, 1, 1, 0],
      [T0 + MINUTE, 0, 0, 2],
    ],
  );
  assert.deepEqual(displayTimeline({ bucketMs: -5, points: hostile.points }).points, []);
});

test('an HTML report of 130,000 one-minute points renders (no spread into Math.max) with at most MAX_BARS bars', () => {
  const report: Report = { ...loadReport('mixed-sync-run.json'), timeline: minutes(130_000) };
  const html = renderHtml(report, { lang: 'en' });
  const tips = html.match(/<rect x="[\d.]+" y="\d+" width="[\d.]+" height="\d+" fill="#000"/g) ?? [];
  assert.ok(tips.length > 0 && tips.length <= MAX_BARS, `${tips.length} bars`);
  assert.match(html, /Occurrences per 1 d/);
});
