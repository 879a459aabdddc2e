import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticsState } from '../src/diagnose/index.js';
import { byId, call, DAY0, type Entry } from './diagnose-factory.js';

const T = DAY0 + 3 * 3_600_000;
const opts = { dailyQuota: 10_000, lang: 'en' as const };
const body = { action: 'createOrUpdate', input: [{ email: 'a@example.com' }] };

/** One pass over the logs in the order given, a log boundary between them (what Analyzer.startInput does). */
function onePass(logs: Entry[][]): DiagnosticsState {
  const s = new DiagnosticsState();
  logs.forEach((log, i) => {
    if (i > 0) s.endLog();
    for (const e of log) s.add(e.ex, e.cls);
  });
  return s;
}

/** A state per log, merged in order across a log boundary (--jobs 2, a worker per file: PartMerger). */
function perLogMerged(logs: Entry[][]): DiagnosticsState {
  const states = logs.map((log) => onePass([log]));
  for (const s of states.slice(1)) {
    states[0]!.endLog();
    states[0]!.merge(s);
  }
  return states[0]!;
}

function assertSame(logs: Entry[][]): DiagnosticsState {
  const one = onePass(logs);
  const merged = perLogMerged(logs);
  assert.deepEqual(one.finish(opts), merged.finish(opts));
  assert.deepEqual(one.peaks(), merged.peaks());
  return one;
}

/** `n` calls of 3 s started 100 ms apart: `n` in flight at the last start. */
function burst(t: number, n: number, extra: Partial<Parameters<typeof call>[0]> = {}): Entry[] {
  return Array.from({ length: n }, (_, i) => call({ t: t + i * 100, ms: 3_000, ...extra }));
}

describe('diagnose: a log boundary', () => {
  it('calls of a newer log are not in flight while an older log is read', () => {
    const newer = burst(T + 86_400_000, 4);
    const older = [...burst(T, 3), call({ t: T + 400, code: '615' })];
    const one = assertSame([newer, older]);
    assert.equal(one.peaks().inFlight, 4);
    const d = byId(one.finish(opts), 'concurrency');
    assert.equal(d?.evidence.peakInFlight, 4);
    assert.equal(d?.evidence.peakAt, new Date(T + 86_400_000 + 300).toISOString());
  });

  it('a 606 in one log and the same request in the next are two clients, not a retry', () => {
    const first = [call({ t: T, method: 'POST', request: body, code: '606' })];
    const second = [call({ t: T + 2_000, method: 'POST', request: body })];
    const one = assertSame([first, second]);
    assert.equal(byId(one.finish(opts), 'retry-too-soon'), undefined);
    // The same calls in one log are a retry 2 s after the 606.
    assert.equal(byId(onePass([[...first, ...second]]).finish(opts), 'retry-too-soon')?.evidence.retriesTooSoon, 1);
  });

  it('a failure in one log and the same call in the next are not a pointless retry', () => {
    const first = [call({ t: T, path: '/rest/v1/leadz.json', code: '610' })];
    const second = [call({ t: T + 5_000, path: '/rest/v1/leadz.json', code: '610' })];
    const one = assertSame([first, second]);
    assert.equal(byId(one.finish(opts), 'retry-pointless'), undefined);
    assert.ok(byId(onePass([[...first, ...second]]).finish(opts), 'retry-pointless'));
  });

  it('a log boundary keeps counts keyed by time (rate window, daily quota) and ends a token streak', () => {
    const a = [...burst(T, 60), call({ t: T + 10_000, code: '601' })];
    const b = [call({ t: T + 11_000, code: '601' }), ...burst(T + 12_000, 60)];
    const one = assertSame([a, b]);
    assert.deepEqual(one.peaks(), onePass([[...a, ...b]]).peaks());
    assert.equal(byId(one.finish(opts), 'token-handling'), undefined);
    assert.equal(byId(onePass([[...a, ...b]]).finish(opts), 'token-handling')?.evidence.wastedCalls, 1);
  });
});
