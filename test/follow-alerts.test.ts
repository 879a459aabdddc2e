import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Classified, Finding } from '../src/classify/finding.js';
import { AlertRuleError, parseAlertRule } from '../src/follow/alert-rules.js';
import { alertLine } from '../src/follow/alert-line.js';
import { AlertWatcher, type AlertEvent } from '../src/follow/alerts.js';
import { LiveMetrics } from '../src/follow/live-metrics.js';
import type { Exchange } from '../src/normalise/exchange.js';

const T0 = Date.parse('2026-11-02T15:00:00Z');

function call(line: number, startedAt: number, codes: string[] = [], durationMs = 500): [Exchange, Classified] {
  const findings: Finding[] = codes.map((code) => ({
    level: 'response',
    code,
    message: '',
    params: [],
    documented: true,
  }));
  return [
    {
      source: { file: 'sync.log', line },
      api: 'rest',
      noResponse: false,
      startedAt,
      durationMs,
      path: '/rest/v1/leads.json',
    },
    { findings, warnings: [], countsAgainstQuota: true },
  ];
}

function watch(rules: string[], dailyQuota = 50_000, lang: 'en' | 'sv' = 'en') {
  const metrics = new LiveMetrics();
  const watcher = new AlertWatcher(rules.map(parseAlertRule), {
    lang,
    dailyQuota,
    diagnostics: () => [],
    topCode: () => '606',
  });
  const events: AlertEvent[] = [];
  const feed = (ex: Exchange, c: Classified): void => {
    metrics.add(ex, c);
    events.push(...watcher.check(metrics.numbers(), `${ex.source.file}:${ex.source.line}`));
  };
  return { metrics, watcher, events, feed };
}

test('alert rules: the documented forms parse, anything else is an error naming the rule', () => {
  assert.deepEqual(parseAlertRule('rate>=90'), {
    text: 'rate>=90',
    metric: 'rate',
    op: '>=',
    threshold: 90,
    percent: false,
  });
  assert.equal(parseAlertRule('quota >= 80%').percent, true);
  assert.deepEqual(parseAlertRule('code:1029'), {
    text: 'code:1029',
    metric: 'code',
    code: '1029',
    op: '>',
    threshold: 0,
    percent: false,
  });
  assert.equal(parseAlertRule('level:response>=10/min').level, 'response');
  for (const bad of ['rate', 'rate=>90', 'inflight<3', 'level:nope>1', 'code:', 'quota>=80%%', 'rate>=1e9']) {
    assert.throws(() => parseAlertRule(bad), AlertRuleError, bad);
  }
});

test('rate>=N: starts once at the call that reaches N in 20 s, clears once when the window empties', () => {
  const { events, feed } = watch(['rate>=5']);
  for (let i = 0; i < 8; i++) feed(...call(i + 1, T0 + i * 1000));
  // 20 s later the window holds only the new call.
  feed(...call(9, T0 + 30_000));
  assert.deepEqual(
    events.map((e) => [e.state, e.source, e.value]),
    [
      ['start', 'sync.log:5', 5],
      ['clear', 'sync.log:9', 1],
    ],
  );
  assert.equal(alertLine(events[0]!, 'en'), 'ALERT rate>=5: 5 calls in 20 s at 2026-11-02 15:00:04 (sync.log:5)');
  assert.match(events[0]!.advice ?? '', /\S/, 'the catalog remedy for 606 when no diagnostic is there yet');
});

test('inflight>N counts calls whose duration overlaps; code:X and level:L count the last minute', () => {
  const { events, feed } = watch(['inflight>2', 'code:606', 'level:response>=2/min']);
  feed(...call(1, T0, [], 10_000));
  feed(...call(2, T0 + 100, [], 10_000));
  feed(...call(3, T0 + 200, ['606'], 10_000));
  feed(...call(4, T0 + 300, ['606'], 100));
  feed(...call(5, T0 + 90_000, [], 100));
  const byRule = (rule: string) => events.filter((e) => e.rule === rule).map((e) => `${e.state}@${e.source}`);
  assert.deepEqual(byRule('inflight>2'), ['start@sync.log:3', 'clear@sync.log:5']);
  assert.deepEqual(byRule('code:606'), ['start@sync.log:3', 'clear@sync.log:5']);
  assert.deepEqual(byRule('level:response>=2/min'), ['start@sync.log:4', 'clear@sync.log:5']);
});

test('quota>=N% measures the US Central day of the latest call', () => {
  const { events, feed } = watch(['quota>=50%'], 4, 'sv');
  // 04:00 and 05:30 UTC are still the previous day in Chicago (UTC-6 in November); 06:30 is the next.
  feed(...call(1, Date.parse('2026-11-03T04:00:00Z')));
  feed(...call(2, Date.parse('2026-11-03T05:30:00Z')));
  feed(...call(3, Date.parse('2026-11-03T06:30:00Z')));
  assert.deepEqual(
    events.map((e) => [e.state, e.source, e.value]),
    [
      ['start', 'sync.log:2', 50],
      ['clear', 'sync.log:3', 25],
    ],
  );
  assert.equal(
    alertLine(events[0]!, 'sv'),
    'LARM quota>=50%: 50\u00a0% av dagskvoten använd i dag vid 2026-11-03 05:30:00 (sync.log:2)',
  );
});
