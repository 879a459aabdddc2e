import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticsState, PHRASES } from '../src/diagnose/index.js';
import type { DiagnosticId } from '../src/diagnose/types.js';
import { byId, call, DAY0, diagnose, stateOf, type Entry } from './diagnose-factory.js';

const T = DAY0 + 3 * 3_600_000;
const opts = { dailyQuota: 10_000, lang: 'en' as const };

/** Two days of traffic with bursts, 606s and a 607, so every counting detector has work. */
function busyLog(): Entry[] {
  const log: Entry[] = [];
  for (let i = 0; i < 9_000; i++) log.push(call({ t: DAY0 + i * 4_000 }));
  for (let i = 0; i < 140; i++) log.push(call({ t: T + 7_200_000 + i * 80, code: i >= 100 ? '606' : undefined }));
  for (let i = 0; i < 120; i++) log.push(call({ t: DAY0 + 86_400_000 + i * 100 }));
  log.push(call({ t: DAY0 + 86_400_000 + 20_000, code: '607' }));
  for (let i = 0; i < 20; i++) log.push(call({ t: DAY0 + 86_400_000 + 30_000 + i * 1_000, code: '607' }));
  return log.sort((a, b) => a.ex.startedAt! - b.ex.startedAt!);
}

function roundTrip(s: DiagnosticsState): DiagnosticsState {
  return DiagnosticsState.fromJSON(JSON.parse(JSON.stringify(s.toJSON())));
}

describe('diagnose: merge and JSON', () => {
  const log = busyLog();
  const whole = diagnose(log, opts);

  for (const cut of [0.5, 0.3]) {
    it(`merging two halves (cut at ${cut}) equals the whole for rate-window and daily-quota`, () => {
      const at = Math.floor(log.length * cut);
      const a = stateOf(log.slice(0, at));
      a.merge(stateOf(log.slice(at)));
      const merged = a.finish(opts);
      for (const id of ['rate-window', 'daily-quota', 'retry-pointless'] as const) {
        assert.ok(byId(whole, id), id);
        assert.deepEqual(byId(merged, id), byId(whole, id), id);
      }
    });
  }

  it('a state read back from JSON gives the same diagnostics, and merges too', () => {
    const at = Math.floor(log.length / 2);
    const a = roundTrip(stateOf(log.slice(0, at)));
    a.merge(roundTrip(stateOf(log.slice(at))));
    const merged = a.finish(opts);
    for (const id of ['rate-window', 'daily-quota', 'retry-pointless'] as const)
      assert.deepEqual(byId(merged, id), byId(whole, id), id);
    assert.deepEqual(roundTrip(stateOf(log)).finish(opts), stateOf(log).finish(opts));
  });

  it('a 601 streak split across shards still counts every wasted call', () => {
    const streak: Entry[] = [];
    for (let i = 0; i < 6; i++) streak.push(call({ t: T + i * 1_000, code: '601' }));
    const whole = byId(stateOf(streak).finish(opts), 'token-handling');
    for (const at of [1, 3, 5]) {
      const a = stateOf(streak.slice(0, at));
      a.merge(roundTrip(stateOf(streak.slice(at))));
      const d = byId(a.finish(opts), 'token-handling');
      assert.equal(d?.evidence.wastedCalls, 5, `cut at ${at}`);
      assert.equal(d?.evidence.episodes, 1, `cut at ${at}`);
      // The call that continues the streak across the cut is a sample too, in log order.
      assert.deepEqual(d?.evidence.samples, whole?.evidence.samples, `cut at ${at}`);
    }
  });

  it('JSON size follows the time span, not the number of calls', () => {
    const dense: Entry[] = [];
    for (let i = 0; i < 50_000; i++)
      dense.push(call({ t: T + (i % 60) * 1_000, code: i % 7 === 0 ? '606' : undefined }));
    const size = JSON.stringify(stateOf(dense).toJSON()).length;
    assert.ok(size < 5_000, `size ${size}`);
  });

  it('a state from a foreign or damaged JSON reads as empty', () => {
    assert.deepEqual(DiagnosticsState.fromJSON({ version: 99, rate: { calls: [1, 2] } }).finish(opts), []);
    assert.deepEqual(DiagnosticsState.fromJSON('nonsense').finish(opts), []);
    const bad = DiagnosticsState.fromJSON({ version: 1, rate: { calls: ['x', 1, 2] }, quota: { byHour: null } });
    assert.deepEqual(bad.finish(opts), []);
  });
});

describe('diagnose: words and order', () => {
  /** One log that sets off every detector. */
  function everything(): Entry[] {
    const log = busyLog();
    for (let i = 0; i < 12; i++)
      log.push(call({ t: T + 50_000_000 + i, ms: 2_000, code: i === 11 ? '615' : undefined }));
    const body = { input: [{ email: 'x@example.com' }] };
    log.push(call({ t: T + 60_000_000, method: 'POST', request: body, code: '606' }));
    log.push(call({ t: T + 60_001_000, method: 'POST', request: body }));
    log.push(call({ t: T + 61_000_000, path: '/rest/v1/nope.json', code: '610' }));
    log.push(call({ t: T + 61_001_000, path: '/rest/v1/nope.json', code: '610' }));
    for (let i = 0; i < 3; i++) log.push(call({ t: T + 62_000_000 + i * 2_000, code: '602' }));
    log.push(call({ t: T + 63_000_000, method: 'POST', requestBytes: 1_000_000 }));
    log.push(
      call({
        t: T + 64_000_000,
        method: 'POST',
        request: { input: [{}] },
        records: [{ code: '1006', index: 0, params: ['foo'] }],
      }),
    );
    return log;
  }

  it('every id has English and Swedish words, and they differ', () => {
    const log = everything();
    const en = diagnose(log, { dailyQuota: 10_000, lang: 'en' });
    const sv = diagnose(log, { dailyQuota: 10_000, lang: 'sv' });
    const ids: DiagnosticId[] = [
      'rate-window',
      'concurrency',
      'retry-too-soon',
      'retry-pointless',
      'token-handling',
      'near-limits',
      'daily-quota',
      'record-patterns',
    ];
    assert.deepEqual(en.map((d) => d.id).sort(), ids.slice().sort());
    for (const id of ids) {
      assert.equal(typeof PHRASES.sv[id], 'object', id);
      const e = byId(en, id)!;
      const s = byId(sv, id)!;
      assert.ok(e.title.length > 10 && e.advice.length > 40, id);
      assert.ok(s.title.length > 10 && s.advice.length > 40, id);
      assert.notEqual(s.title, e.title, id);
      assert.notEqual(s.advice, e.advice, id);
      assert.deepEqual(s.evidence, e.evidence, id);
      assert.doesNotMatch(e.title + e.advice + s.title + s.advice, /undefined|NaN|\[object/, id);
    }
  });

  it('orders by severity, then id', () => {
    const list = diagnose(everything(), { dailyQuota: 10_000 });
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      assert.ok(
        rank[a.severity] < rank[b.severity] || (a.severity === b.severity && a.id < b.id),
        `${a.id} before ${b.id}`,
      );
    }
    assert.equal(list[0]!.severity, 'error');
  });
});
