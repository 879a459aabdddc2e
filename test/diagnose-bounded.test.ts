import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextCentralMidnight } from '../src/diagnose/central-time.js';
import { DiagnosticsState } from '../src/diagnose/index.js';
import { byId, call, DAY0, type Entry } from './diagnose-factory.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const CALLS = 200_000;
/** Day 70: 130 calls in 13 s, the last 30 rejected with 606 (the busiest 20 s of the log). */
const BURST = DAY0 + 70 * 86_400_000 + 7 * HOUR + 17_000;
/** Day 100: the daily quota runs out. */
const QUOTA_OUT = DAY0 + 100 * 86_400_000 + 15 * HOUR + 42 * MINUTE + 13_500;
const opts = { dailyQuota: 50_000, lang: 'en' as const };

/** 200,000 calls a minute apart (139 days), with a burst and a 607; `each` sees them in log order. */
function sparseLog(each: (e: Entry, i: number) => void): void {
  let i = 0;
  for (let m = 0; m < CALLS; m++) {
    const t = DAY0 + m * MINUTE + 250;
    if (t > BURST && t - MINUTE <= BURST) {
      for (let b = 0; b < 130; b++) each(call({ t: BURST + b * 100, code: b >= 100 ? '606' : undefined }), i++);
    }
    if (t > QUOTA_OUT && t - MINUTE <= QUOTA_OUT) each(call({ t: QUOTA_OUT, code: '607' }), i++);
    each(call({ t, code: t > QUOTA_OUT && t < nextCentralMidnight(QUOTA_OUT) ? '607' : undefined }), i++);
  }
}

const size = (s: DiagnosticsState): number => JSON.stringify(s.toJSON()).length;

describe('diagnose: bounded state over a long time span', () => {
  const whole = new DiagnosticsState();
  const first = new DiagnosticsState();
  const second = new DiagnosticsState();
  /** Only the calls around the burst: small enough to be swept second by second. */
  const nearBurst = new DiagnosticsState();
  let afterQuota = 0;
  let total = 0;
  sparseLog((e, i) => {
    total++;
    whole.add(e.ex, e.cls);
    (i < CALLS / 2 ? first : second).add(e.ex, e.cls);
    const t = e.ex.startedAt!;
    if (Math.abs(t - BURST) < 5 * MINUTE) nearBurst.add(e.ex, e.cls);
    const sec = Math.floor(t / 1000);
    const quotaSec = Math.floor(QUOTA_OUT / 1000);
    const resetSec = Math.floor(nextCentralMidnight(QUOTA_OUT) / 1000);
    if (e.cls.countsAgainstQuota && sec > quotaSec && sec < resetSec) afterQuota++;
  });
  const diagnostics = whole.finish(opts);

  it('keeps the saved state small however long the log', () => {
    assert.equal(total, CALLS + 131);
    assert.ok(size(whole) < 250_000, `state JSON of ${size(whole)} characters`);
  });

  it('keeps the busiest 20 s exact: peak, time above the limit and where the 606s fell', () => {
    const exact = byId(nearBurst.finish(opts), 'rate-window')!.evidence;
    const got = byId(diagnostics, 'rate-window')!.evidence;
    assert.equal(got.peakCalls, 130);
    assert.equal(got.peakStart, new Date(BURST).toISOString());
    for (const key of ['peakCalls', 'peakStart', 'secondsAbove100', 'episodesAbove100', 'firstAbove100At']) {
      assert.equal(got[key], exact[key], key);
    }
    assert.equal(got.count606, 30);
    assert.equal(got.inside606, exact.inside606);
  });

  it('counts the calls made after the 607 exactly', () => {
    assert.ok(afterQuota > 400, `${afterQuota} calls after the 607`);
    assert.equal(byId(diagnostics, 'retry-pointless')?.evidence.callsAfter607, afterQuota);
  });

  it('two halves merged, and read back from JSON, give what the whole gives', () => {
    const read = (s: DiagnosticsState): DiagnosticsState =>
      DiagnosticsState.fromJSON(JSON.parse(JSON.stringify(s.toJSON())));
    const merged = read(first);
    merged.merge(read(second));
    const got = merged.finish(opts);
    for (const id of ['rate-window', 'daily-quota', 'retry-pointless']) {
      assert.ok(byId(diagnostics, id), id);
      assert.deepEqual(byId(got, id), byId(diagnostics, id), id);
    }
  });

  it('keeps hourly counts bounded over years of hourly calls and token requests', () => {
    const s = new DiagnosticsState();
    for (let h = 0; h < 50_000; h++) {
      const e = call({ t: DAY0 + h * HOUR });
      s.add(e.ex, e.cls);
      const token = call({ t: DAY0 + h * HOUR + 1_000, path: '/identity/oauth/token' });
      s.add(token.ex, token.cls);
    }
    assert.ok(size(s) < 250_000, `state JSON of ${size(s)} characters`);
  });

  it('matches a second-by-second count when busy stretches are spread over many quiet seconds', () => {
    const SPAN = 150_000;
    const calls = new Float64Array(SPAN);
    const r606 = new Float64Array(SPAN);
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const entries: Entry[] = [];
    const at = (sec: number, code?: string): void => {
      entries.push(call({ t: DAY0 + sec * 1_000 + Math.floor(rnd() * 1_000), code }));
      calls[sec]!++;
      if (code === '606') r606[sec]!++;
    };
    for (let sec = 0; sec < SPAN; sec += 2) at(sec, rnd() < 0.01 ? '606' : undefined);
    for (let b = 0; b < 15; b++) {
      const start = Math.floor(rnd() * (SPAN - 100));
      const n = 60 + Math.floor(rnd() * 120);
      for (let i = 0; i < n; i++) at(start + Math.floor((i * 25) / n), rnd() < 0.2 ? '606' : undefined);
    }
    entries.sort((a, b) => a.ex.startedAt! - b.ex.startedAt!);

    // The oracle: the calls in the 20 s ending at each second.
    let peak = 0;
    let peakEnd = 0;
    let above = 0;
    let episodes = 0;
    let first: number | null = null;
    let inside = 0;
    let sum = 0;
    for (let sec = 0; sec < SPAN; sec++) {
      sum += calls[sec]! - (sec >= 20 ? calls[sec - 20]! : 0);
      if (sum > peak) [peak, peakEnd] = [sum, sec];
      if (sum > 100) {
        above++;
        if (first === null) first = sec;
        if (sec === 0 || !(sum - calls[sec]! + (sec >= 20 ? calls[sec - 20]! : 0) > 100)) episodes++;
        inside += r606[sec]!;
      }
    }
    let peakStart = peakEnd - 19;
    while (calls[peakStart] === 0) peakStart++;
    const iso = (sec: number): string => new Date(DAY0 + sec * 1_000).toISOString();

    const whole = new DiagnosticsState();
    for (const e of entries) whole.add(e.ex, e.cls);
    const got = byId(whole.finish(opts), 'rate-window')!.evidence;
    assert.ok(peak > 100 && episodes > 3, `peak ${peak}, ${episodes} episodes`);
    assert.equal(got.peakCalls, peak);
    assert.equal(got.peakStart, iso(peakStart));
    assert.equal(got.secondsAbove100, above);
    assert.equal(got.episodesAbove100, episodes);
    assert.equal(got.firstAbove100At, first === null ? null : iso(first));
    assert.equal(
      got.count606,
      r606.reduce((n, x) => n + x, 0),
    );
    assert.equal(got.inside606, inside);

    const cut = Math.floor(entries.length * 0.6);
    const a = new DiagnosticsState();
    const b = new DiagnosticsState();
    for (const e of entries.slice(0, cut)) a.add(e.ex, e.cls);
    for (const e of entries.slice(cut)) b.add(e.ex, e.cls);
    const read = (s: DiagnosticsState): DiagnosticsState =>
      DiagnosticsState.fromJSON(JSON.parse(JSON.stringify(s.toJSON())));
    const merged = read(a);
    merged.merge(read(b));
    assert.deepEqual(byId(merged.finish(opts), 'rate-window')!.evidence, got);
  });
});
