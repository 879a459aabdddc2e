import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summaryFromReport } from '../src/aggregate/from-report.js';
import { Summary, TIMELINE_MAX_POINTS, TIMELINE_MAX_SPAN } from '../src/aggregate/summary.js';
import { toReport } from '../src/aggregate/to-report.js';
import type { Report } from '../src/report/model.js';
import { call, DAY0, type Entry } from './diagnose-factory.js';

const MINUTE = 60_000;
const ctx = { lang: 'en' as const, tool: { name: 'marketo-errors', version: '0' }, diagnostics: [], filters: {} };
const reportOf = (s: Summary): Report => toReport(s, ctx);

/** `n` calls `gap` ms apart; every 7th fails with 606 and every 11th has a record skipped with 1004. */
function log(n: number, gap: number): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const records = i % 11 === 0 ? [{ code: '1004', index: 0 }] : undefined;
    out.push(call({ t: DAY0 + i * gap + 500, code: i % 7 === 0 ? '606' : undefined, records }));
  }
  return out;
}

function summaryOf(entries: readonly Entry[]): Summary {
  const s = new Summary();
  for (const e of entries) s.add(e.ex, e.cls);
  return s;
}

const sum = (r: Report, k: 'calls' | 'http' | 'response' | 'record'): number =>
  r.timeline.points.reduce((n, p) => n + p[k], 0);

describe('summary: the timeline stays bounded', () => {
  it('200,000 calls a minute apart: at most TIMELINE_MAX_POINTS points, every count kept', () => {
    const entries = log(200_000, MINUTE);
    const report = reportOf(summaryOf(entries));
    assert.ok(report.timeline.points.length <= TIMELINE_MAX_POINTS, `${report.timeline.points.length} points`);
    assert.ok(report.timeline.bucketMs >= 3 * 3_600_000, `bucket of ${report.timeline.bucketMs} ms`);
    assert.equal(sum(report, 'calls'), 200_000);
    assert.equal(sum(report, 'response'), Math.ceil(200_000 / 7));
    assert.equal(sum(report, 'record'), Math.ceil(200_000 / 11));
    assert.ok(report.timeline.points.every((p) => p.t % report.timeline.bucketMs === 0));
    assert.ok(JSON.stringify(report).length < 200_000, `report of ${JSON.stringify(report).length} characters`);
  });

  it('the bucket follows the time span: seconds for two minutes, under a minute for a day', () => {
    const short = reportOf(summaryOf(log(120, 1_000)));
    assert.equal(short.timeline.bucketMs, 1_000);
    assert.equal(short.timeline.points.length, 120);
    assert.deepEqual(short.timeline.points[7], { t: DAY0 + 7_000, calls: 1, http: 0, response: 1, record: 0 });
    const day = reportOf(summaryOf(log(1_440, MINUTE))).timeline;
    assert.equal(day.points.length, 1_440);
    assert.ok(day.bucketMs <= MINUTE, `bucket of ${day.bucketMs} ms`);
    const span = (day.points.at(-1)!.t - day.points[0]!.t) / day.bucketMs + 1;
    assert.ok(span <= TIMELINE_MAX_SPAN, `${span} buckets from first to last`);
  });

  it('reports of two parts merge into the timeline of the whole', () => {
    for (const [n, gap] of [
      [3_000, MINUTE],
      [50_000, 5 * MINUTE],
      [40_000, 1_000],
    ] as const) {
      const entries = log(n, gap);
      const whole = reportOf(summaryOf(entries));
      const cut = Math.floor(n * 0.3);
      const merged = summaryFromReport(reportOf(summaryOf(entries.slice(0, cut))));
      merged.merge(summaryFromReport(reportOf(summaryOf(entries.slice(cut)))));
      assert.deepEqual(reportOf(merged).timeline, whole.timeline, `${n} calls ${gap} ms apart`);
    }
  });
});
