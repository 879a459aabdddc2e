import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticsState } from '../src/diagnose/index.js';
import { Instances } from '../src/diagnose/instances.js';
import { hostOf } from '../src/normalise/marketo-url.js';
import { analyseLines } from './helpers/analyse-lines.js';

// Marketo's limits (100 calls per 20 s, 10 in flight, the daily quota) hold per instance. A log of calls to two
// instances (a sandbox and production, an agency's clients) counts them together; the report must say so.
const T0 = Date.parse('2026-12-04T10:00:00Z');
const callTo = (munchkin: string, i: number) =>
  JSON.stringify({
    time: new Date(T0 + i * 100).toISOString(),
    method: 'POST',
    url: `https://${munchkin}.mktorest.com/rest/v1/leads.json`,
    status: 200,
    durationMs: 50,
    response: { requestId: `r${i}#x`, success: true, result: [{ id: i, status: 'updated' }] },
  });
// 90 calls to each instance in 18 s: under each one's limit, 180 together.
const TWO = Array.from({ length: 180 }, (_, i) => callTo(i % 2 ? '111-AAA-111' : '222-BBB-222', i));

test('calls to two instances over the limit together: the diagnostic says they are counted together', () => {
  const report = analyseLines('ndjson', TWO);
  const rate = report.diagnostics.find((d) => d.id === 'rate-window');
  assert.equal(rate?.evidence.instances, 2);
  assert.match(rate?.advice ?? '', /2 Marketo instances, counted together.*--instance/);
});

test('--instance keeps one instance: its 90 calls in 18 s are under the limit', () => {
  const report = analyseLines('ndjson', TWO, 'app.log', { instance: '111-aaa' });
  assert.equal(report.totals.marketoCalls, 90);
  assert.equal(
    report.diagnostics.find((d) => d.id === 'rate-window'),
    undefined,
  );
});

test('one instance: no word about instances; its state names it, for a merge with other parts', () => {
  const report = analyseLines(
    'ndjson',
    Array.from({ length: 180 }, (_, i) => callTo('111-AAA-111', i)),
  );
  const rate = report.diagnostics.find((d) => d.id === 'rate-window');
  assert.ok(rate);
  assert.equal(rate.evidence.instances, undefined);
  assert.doesNotMatch(rate.advice, /instances/);
  assert.deepEqual((report.diagnosticsState as Record<string, unknown>).instances, ['111-aaa-111.mktorest.com']);
});

test('the instances of two parts merge, through saved states too', () => {
  const parts = ['111-AAA-111', '222-BBB-222'].map((m) => {
    const one = analyseLines('ndjson', [callTo(m, 1)]);
    return DiagnosticsState.fromJSON(JSON.parse(JSON.stringify(one.diagnosticsState)));
  });
  const saved = new Instances();
  saved.add('https://111-aaa-111.mktorest.com/rest/v1/leads.json');
  saved.add('https://222-bbb-222.mktorest.com/rest/v1/leads.json?x=1');
  saved.add('https://222-bbb-222.mktorest.com/bulk/v1/x.json');
  assert.deepEqual(Instances.fromJSON(saved.toJSON()).toJSON(), [
    '111-aaa-111.mktorest.com',
    '222-bbb-222.mktorest.com',
  ]);
  parts[0]!.merge(parts[1]!);
  assert.deepEqual((parts[0]!.toJSON() as Record<string, unknown>).instances, [
    '111-aaa-111.mktorest.com',
    '222-bbb-222.mktorest.com',
  ]);
});

test('hostOf: the host and port of a URL, lower-cased; none for a path', () => {
  assert.equal(hostOf('https://123-ABC-456.mktorest.com/rest/v1/leads.json'), '123-abc-456.mktorest.com');
  assert.equal(hostOf('http://gw.example.com:8443?x=1'), 'gw.example.com:8443');
  assert.equal(hostOf('/rest/v1/leads.json'), undefined);
  assert.equal(hostOf(undefined), undefined);
});

test('an instance is its Munchkin host: other ports, and a gateway in front, are no other instance', () => {
  const instances = new Instances();
  instances.add('https://111-aaa-111.mktorest.com/rest/v1/leads.json');
  instances.add('http://111-AAA-111.mktorest.com:8443/rest/v1/leads.json');
  instances.add('https://api-gw.example.com/marketo/rest/v1/leads.json');
  assert.deepEqual(instances.toJSON(), ['111-aaa-111.mktorest.com']);
});
