import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DiagnosticsState } from '../src/diagnose/index.js';
import { InFlightSamples } from '../src/diagnose/in-flight-samples.js';
import { byId, call, DAY0, type Entry } from './diagnose-factory.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { ROOT } from './helpers/run-cli.js';

const T = DAY0 + 5 * 3_600_000; // on a whole minute
const opts = { dailyQuota: 10_000, lang: 'en' as const };

/** A pod's log: `n` calls of 4 s started 50 ms apart from `t`, then a 615 at `t + 1 s` when asked. */
function pod(t: number, n: number, with615 = false): Entry[] {
  const calls = Array.from({ length: n }, (_, i) => call({ t: t + i * 50, ms: 4_000 }));
  return with615 ? [...calls, call({ t: t + 1_000, ms: 200, code: '615' })] : calls;
}

/** The logs read one after another in one pass (a log boundary between them, as for files). */
function onePass(logs: Entry[][]): DiagnosticsState {
  const s = new DiagnosticsState();
  for (const log of logs) {
    s.endLog();
    for (const e of log) s.add(e.ex, e.cls);
  }
  return s;
}

/** A state per log, saved as a report's state and merged back (the merge command, one report per machine). */
function mergedFromReports(logs: Entry[][]): DiagnosticsState {
  const states = logs.map((log) => DiagnosticsState.fromJSON(JSON.parse(JSON.stringify(onePass([log]).toJSON()))));
  for (const s of states.slice(1)) {
    states[0]!.endLog();
    states[0]!.merge(s);
  }
  return states[0]!;
}

function concurrencyOf(s: DiagnosticsState) {
  return byId(s.finish(opts), 'concurrency');
}

describe('diagnose: logs that ran at the same time are counted together', () => {
  it('three pods under the limit each are over it together, in any order and from saved reports', () => {
    const pods = [pod(T, 6), pod(T + 100, 6), pod(T + 200, 5, true)];
    for (const logs of [pods, [...pods].reverse()]) {
      for (const state of [onePass(logs), mergedFromReports(logs)]) {
        const d = concurrencyOf(state);
        assert.ok(d, 'a finding');
        assert.equal(d.evidence.peakInFlight, 6, 'one log alone peaks at 6');
        // 17 calls of 4 s all run from T + 400 ms, and the 615 starts at T + 1.2 s.
        assert.equal(d.evidence.togetherPeak, 18);
        assert.equal(d.evidence.togetherAt, new Date(T + 1_200).toISOString());
        assert.equal(d.evidence.count615, 1);
        assert.equal(d.evidence.outside615, 1, 'the 615 came while its own pod ran 5');
        assert.equal(d.evidence.outsideTogether615, 1);
        assert.match(d.advice, /up to 18 requests were in flight at once \(at [^)]+\), more than the 6 that one log/);
        assert.match(
          d.advice,
          /Of the 1 615 responses .* under the limit, 1 came when the logs together had 10 or more/,
        );
        assert.doesNotMatch(d.advice, /other integrations on the same instance/, 'the logs together explain it');
      }
    }
  });

  it('without a 615, the title names the logs together', () => {
    const d = concurrencyOf(onePass([pod(T, 6), pod(T, 6)]));
    assert.ok(d);
    assert.equal(d.severity, 'warning');
    assert.match(d.title, /^Up to 12 requests in flight at once across the logs read, above the limit of 10$/);
  });

  it('logs of different hours do not add up, and one log says nothing new', () => {
    assert.equal(concurrencyOf(onePass([pod(T, 6), pod(T + 3_600_000, 6)])), undefined);
    const one = concurrencyOf(onePass([[...pod(T, 11)]]));
    assert.ok(one, '11 in flight is over the limit');
    assert.equal(one.evidence.togetherPeak, null, 'the samples of one log are never above its peak');
  });

  it('is said in Swedish too', () => {
    const d = byId(onePass([pod(T, 6), pod(T, 6)]).finish({ ...opts, lang: 'sv' }), 'concurrency');
    assert.match(d?.title ?? '', /^Upp till 12 samtidiga anrop i loggarna tillsammans, över gränsen på 10$/);
  });
});

describe('InFlightSamples', () => {
  it('counts a call at every 100 ms instant it spans, a long one in whole seconds and minutes', () => {
    const s = new InFlightSamples();
    const start = T + 12_345; // mid-second, mid-minute
    const end = start + 601_500;
    s.add(start, end);
    s.add(start + 60, start + 160); // spans one instant only: start + 155
    const instant = (k: number): number => s.countAt(k);
    const first = Math.ceil(start / 100);
    assert.equal(instant(first - 1), 0, 'before the call');
    assert.equal(instant(first), 1);
    assert.equal(instant(first + 1), 2, 'the short call is in flight at this instant');
    assert.equal(instant(first + 2), 1);
    assert.equal(instant(first + 3_000), 1, 'an instant in a whole minute');
    assert.equal(instant(Math.ceil(end / 100) - 1), 1, 'the last instant before the end');
    assert.equal(instant(Math.ceil(end / 100)), 0, 'the end is not in flight');
    assert.deepEqual(s.peak(), { count: 2, at: (first + 1) * 100 });
  });

  it('sums across merges and saved states as one count of every call would', () => {
    const whole = new InFlightSamples();
    const parts = [new InFlightSamples(), new InFlightSamples(), new InFlightSamples()];
    for (let i = 0; i < 300; i++) {
      const start = T + i * 137;
      const end = start + 400 + ((i * 7_919) % 5_000);
      whole.add(start, end);
      parts[i % 3]!.add(start, end);
    }
    const merged = new InFlightSamples();
    for (const p of parts) {
      const read = new InFlightSamples();
      read.read(JSON.parse(JSON.stringify(p.toJSON())));
      merged.merge(read);
    }
    assert.deepEqual(merged.toJSON(), whole.toJSON());
    assert.ok((whole.peak()?.count ?? 0) > 10);
  });

  it('keeps the busiest instant when more instants than it holds have been seen', () => {
    const s = new InFlightSamples();
    for (let i = 0; i < 200_000; i++) s.add(T + i * 1_000 + 50, T + i * 1_000 + 150);
    for (let k = 0; k < 30; k++) s.add(T + 300_000_050, T + 300_000_150);
    assert.deepEqual(s.peak(), { count: 30, at: T + 300_000_100 });
    const saved = JSON.stringify(s.toJSON());
    assert.ok(saved.length < 100_000, `a saved state stays small (${saved.length} characters)`);
  });

  it('ignores a call that ends before it starts and times that are not numbers', () => {
    const s = new InFlightSamples();
    s.add(T, T - 5);
    s.add(Number.NaN, T);
    s.add(T, Number.POSITIVE_INFINITY);
    assert.equal(s.peak(), undefined);
  });
});

describe('three pods of one sync recorded against a mock that allows 10 in flight', () => {
  const expected = JSON.parse(readFileSync(`${ROOT}/fixtures/pods/pods.expected.json`, 'utf8'));
  const pods = ['a', 'b', 'c'].map((p) => `fixtures/pods/pod-${p}.ndjson`);
  const concurrencyIn = async (files: string[]) => {
    const r = await runCliInProcess(['analyze', ...files, '--format', 'json']);
    const report = JSON.parse(r.stdout) as { diagnostics: Array<{ id: string; evidence: Record<string, number> }> };
    return report.diagnostics.find((d) => d.id === 'concurrency')?.evidence;
  };

  it('each pod alone stays under the limit; read together they reach what the mock saw', async () => {
    const together = await concurrencyIn(pods);
    assert.ok(together);
    assert.equal(together.count615, expected.levels.response['615']);
    assert.ok(together.peakInFlight <= expected.workersPerPod, 'one pod never had more than its workers in flight');
    // Samples every 100 ms can only miss moments: never more than the mock saw, here above the limit.
    assert.ok(together.togetherPeak! > 10 && together.togetherPeak! <= expected.mockMostInFlight);
    assert.ok(together.outsideTogether615! >= together.count615 * 0.9, 'most 615s came when the pods had 10 in flight');
    for (const pod of pods) {
      const alone = await concurrencyIn([pod]);
      assert.equal(alone?.togetherPeak ?? null, null, pod);
    }
  });
});
