import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { renderDefaults } from '../src/report/format-spec.js';
import type { Report } from '../src/report/model.js';
import { openMetricsFormat } from '../src/report/openmetrics.js';
import { prometheusFormat } from '../src/report/prometheus.js';
import { loadReport } from './helpers/reports.js';

const hasPromtool = spawnSync('promtool', ['--version']).status === 0;
const skip = hasPromtool ? false : 'promtool is not installed (Debian: prometheus; .ci/run installs it)';

interface Parsed {
  types: Map<string, string>;
  helps: Map<string, string>;
  samples: Array<{ name: string; labels: Record<string, string>; value: number }>;
  eof: boolean;
}

/**
 * A reader written from the exposition format docs (text 0.0.4) and the
 * OpenMetrics 1.0 ABNF: `# HELP name text`, `# TYPE name type`, samples
 * `name{label="value",...} number`; label values escape \\, \" and \n.
 */
function parse(text: string): Parsed {
  const out: Parsed = { types: new Map(), helps: new Map(), samples: [], eof: false };
  const lines = text.split('\n');
  assert.equal(lines.pop(), '', 'ends with a line feed');
  for (const line of lines) {
    assert.ok(!out.eof, 'nothing after # EOF');
    if (line === '# EOF') {
      out.eof = true;
      continue;
    }
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    if (meta) {
      const map = meta[1] === 'HELP' ? out.helps : out.types;
      assert.ok(!map.has(meta[2]!), `one ${meta[1]} for ${meta[2]}`);
      map.set(meta[2]!, meta[3]!);
      continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?[0-9.e+]+|NaN|[+-]Inf)$/.exec(line);
    assert.ok(m, `a sample: ${line}`);
    const labels: Record<string, string> = {};
    const body = m[2] ?? '';
    const label = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)/y;
    for (let at = 0; at < body.length; ) {
      label.lastIndex = at;
      const l = label.exec(body);
      assert.ok(l, `labels: ${body}`);
      labels[l[1]!] = l[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
      at = label.lastIndex;
    }
    out.samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return out;
}

const render = (r: Report, format = prometheusFormat) => format.render(r, renderDefaults({ lang: 'en' }));

function check(r: Report, parsed: Parsed, counterName: (family: string) => string): void {
  const value = (name: string, labels: Record<string, string> = {}) =>
    parsed.samples.find((s) => s.name === name && JSON.stringify(s.labels) === JSON.stringify(labels))?.value;
  for (const level of ['http', 'response', 'record'] as const) {
    for (const c of r.levels[level].codes) {
      assert.equal(value('marketo_errors_occurrences_total', { level, code: c.code }), c.count, `${level} ${c.code}`);
    }
  }
  assert.equal(value('marketo_errors_calls_total'), r.totals.marketoCalls);
  assert.equal(value('marketo_errors_failed_calls_total'), r.totals.failedCalls);
  assert.equal(value('marketo_errors_record_failure_calls_total'), r.totals.recordFailureCalls);
  const peak = r.diagnostics.find((d) => d.id === 'rate-window')?.evidence.peakCalls;
  assert.equal(value('marketo_errors_rate_window_peak_calls'), peak);
  for (const family of ['occurrences', 'calls', 'failed_calls']) {
    assert.equal(parsed.types.get(counterName(`marketo_errors_${family}`)), 'counter');
    assert.ok(parsed.helps.get(counterName(`marketo_errors_${family}`)));
  }
  for (const family of ['rate_window_peak_calls', 'in_flight_peak', 'quota_calls']) {
    assert.equal(parsed.types.get(`marketo_errors_${family}`), 'gauge');
  }
  const keys = parsed.samples.map((s) => `${s.name}${JSON.stringify(s.labels)}`);
  assert.equal(new Set(keys).size, keys.length, 'no sample twice');
}

test('Prometheus text: every count of the report, HELP and TYPE per family, counters ending in _total', () => {
  const r = loadReport('mixed-sync-run.json');
  const parsed = parse(render(r));
  check(r, parsed, (f) => `${f}_total`);
  assert.equal(parsed.eof, false);
});

test('OpenMetrics: counter families named without _total, samples with it, # EOF last', () => {
  const r = loadReport('mixed-sync-run.json');
  const parsed = parse(render(r, openMetricsFormat));
  check(r, parsed, (f) => f);
  assert.equal(parsed.eof, true);
  for (const s of parsed.samples) assert.ok(parsed.types.has(s.name.replace(/_total$/, '')), s.name);
});

test('label values from the log are escaped and read back unchanged', () => {
  const r = loadReport('mixed-sync-run.json');
  r.levels.http.codes[0]!.code = 'a"b\\c\nd}';
  for (const format of [prometheusFormat, openMetricsFormat]) {
    const parsed = parse(render(r, format));
    assert.ok(
      parsed.samples.some((s) => s.labels.code === 'a"b\\c\nd}'),
      format.name,
    );
  }
});

test('promtool check metrics accepts the Prometheus output, clean and hostile', { skip }, () => {
  const hostile = loadReport('mixed-sync-run.json');
  hostile.levels.http.codes[0]!.code = 'a"b\\c\nd}';
  for (const r of [loadReport('mixed-sync-run.json'), loadReport('clean-run.json'), hostile]) {
    const run = spawnSync('promtool', ['check', 'metrics'], { input: render(r), encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  }
  const broken = spawnSync('promtool', ['check', 'metrics'], { input: 'x{a="\n', encoding: 'utf8' });
  assert.notEqual(broken.status, 0, 'promtool rejects what is not the format');
});

test('the peaks have samples on a quiet night too: calls per 20 s, in flight, quota calls per day', async () => {
  // 12 calls of 1.5 s, one every second, on one US Central day: under every limit, so no diagnostic fires.
  const t0 = Date.parse('2026-11-02T15:00:00.000Z');
  const lines = Array.from({ length: 12 }, (_, i) =>
    JSON.stringify({
      time: new Date(t0 + i * 1000).toISOString(),
      method: 'GET',
      url: 'https://123-ABC-456.mktorest.com/rest/v1/leads.json?filterType=id&filterValues=1',
      status: 200,
      durationMs: 1500,
      responseBody: { requestId: `q#${i}`, success: true, result: [] },
    }),
  );
  const { runCliInProcess } = await import('./helpers/cli-in-process.js');
  const { stdout, code } = await runCliInProcess(['analyze', '--format', 'prometheus'], `${lines.join('\n')}\n`);
  assert.equal(code, 0);
  const parsed = parse(stdout);
  const value = (name: string) => parsed.samples.find((s) => s.name === `marketo_errors_${name}`)?.value;
  assert.equal(value('rate_window_peak_calls'), 12);
  assert.equal(value('in_flight_peak'), 2);
  const days = parsed.samples.filter((s) => s.name === 'marketo_errors_quota_calls');
  assert.deepEqual(days, [{ name: 'marketo_errors_quota_calls', labels: { day: '2026-11-02' }, value: 12 }]);
  assert.ok(!parsed.samples.some((s) => s.name === 'marketo_errors_diagnostic'), 'no diagnostic fired');
});
