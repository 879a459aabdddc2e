import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byId, call, DAY0, diagnose, type Entry, stateOf } from './diagnose-factory.js';

const T = DAY0 + 3 * 3_600_000;

describe('diagnose: retry-too-soon', () => {
  const body = { action: 'createOrUpdate', input: [{ email: 'a@example.com' }] };
  it('a 606 retried after 2 s', () => {
    const log = [
      call({ t: T, method: 'POST', request: body, code: '606' }),
      call({ t: T + 2_000, method: 'POST', request: body }),
    ];
    const d = byId(diagnose(log), 'retry-too-soon');
    assert.ok(d);
    assert.equal(d.evidence.retriesTooSoon, 1);
    assert.equal(d.evidence.medianGapSeconds, 2);
    assert.equal(d.evidence.rejectedAgain, 0);
    assert.equal(d.severity, 'warning');
    assert.equal(
      (d.evidence.samples as Array<{ source: string }>)[0]!.source,
      log[1]!.ex.source.file + ':' + log[1]!.ex.source.line,
    );
  });

  it('a 606 retried after 25 s, or a different body after 2 s, is fine', () => {
    const other = { action: 'createOrUpdate', input: [{ email: 'b@example.com' }] };
    const log = [
      call({ t: T, method: 'POST', request: body, code: '606' }),
      call({ t: T + 25_000, method: 'POST', request: body }),
      call({ t: T + 30_000, method: 'POST', request: body, code: '606' }),
      call({ t: T + 32_000, method: 'POST', request: other }),
    ];
    assert.equal(byId(diagnose(log), 'retry-too-soon'), undefined);
  });

  it('retries rejected again make it an error', () => {
    const log = [0, 500, 1_000].map((dt) => call({ t: T + dt, method: 'POST', request: body, code: '606' }));
    const d = byId(diagnose(log), 'retry-too-soon');
    assert.ok(d);
    assert.equal(d.evidence.retriesTooSoon, 2);
    assert.equal(d.evidence.rejectedAgain, 2);
    assert.equal(d.severity, 'error');
  });

  it('says when the log does not show the bodies of the POSTs it took for one request', () => {
    // An app that logs method, URL and status only: five upserts of other records look alike.
    const unseen = [0, 300, 600, 900, 1_200].map((dt) => call({ t: T + dt, method: 'POST', code: '615' }));
    const d = byId(diagnose(unseen), 'retry-too-soon');
    assert.ok(d);
    assert.equal(d.evidence.tightLoops, 1);
    assert.equal(d.evidence.bodiesUnseen, 5);
    assert.match(d.advice, /The log does not show the request bodies of 5 of these calls/);
    const sv = byId(diagnose(unseen, { lang: 'sv' }), 'retry-too-soon');
    assert.match(sv?.advice ?? '', /Loggen visar inte anropens innehåll för 5 av dessa anrop/);
    // With the bodies logged, or for GETs (their URL is the request), nothing is doubted.
    const seen = [0, 300, 600, 900, 1_200].map((dt) => call({ t: T + dt, method: 'POST', request: body, code: '615' }));
    assert.equal(byId(diagnose(seen), 'retry-too-soon')?.evidence.bodiesUnseen, 0);
    const gets = [0, 300, 600, 900, 1_200].map((dt) => call({ t: T + dt, code: '615' }));
    assert.equal(byId(diagnose(gets), 'retry-too-soon')?.evidence.bodiesUnseen, 0);
    assert.doesNotMatch(byId(diagnose(gets), 'retry-too-soon')?.advice ?? '', /request bodies/);
  });

  it('finds a tight loop of identical failing requests', () => {
    const log: Entry[] = [];
    for (let i = 0; i < 7; i++) log.push(call({ t: T + i * 400, code: '604' }));
    const d = byId(diagnose(log), 'retry-too-soon');
    assert.ok(d);
    assert.equal(d.evidence.tightLoops, 1);
    assert.equal(d.evidence.tightLoopCalls, 7);
  });
});

describe('diagnose: retry-pointless', () => {
  it('counts identical retries of a code that cannot succeed', () => {
    const log = [
      call({ t: T, path: '/rest/v1/leadz.json', code: '610' }),
      call({ t: T + 5_000, path: '/rest/v1/leadz.json', code: '610' }),
    ];
    const d = byId(diagnose(log), 'retry-pointless');
    assert.ok(d);
    assert.equal(d.evidence.pointlessRetries, 1);
    assert.deepEqual(d.evidence.byCode, { '610': 1 });
    assert.equal(d.severity, 'warning');
  });

  it('says when the log does not show the bodies of the requests it took for retries, across a cut too', () => {
    // 1003 on a POST without its body: another record sent to the same endpoint looks like a retry.
    const log = [0, 5_000, 9_000].map((dt) => call({ t: T + dt, method: 'POST', code: '1003' }));
    const d = byId(diagnose(log), 'retry-pointless');
    assert.ok(d);
    assert.equal(d.evidence.pointlessRetries, 2);
    assert.equal(d.evidence.bodiesUnseen, 2);
    assert.match(d.advice, /The log does not show the request bodies of 2 of these calls/);
    // Cut between the first try and its retries, as shards are: the merged state counts the same.
    const first = stateOf(log.slice(0, 1));
    first.merge(stateOf(log.slice(1)));
    const merged = byId(first.finish({ dailyQuota: 10_000, lang: 'en' }), 'retry-pointless');
    assert.equal(merged?.evidence.pointlessRetries, 2);
    assert.equal(merged?.evidence.bodiesUnseen, 2);
    // With the body logged, nothing is doubted.
    const body = { input: [{ email: 'a@example.com' }] };
    const seen = [0, 5_000].map((dt) => call({ t: T + dt, method: 'POST', request: body, code: '1003' }));
    assert.equal(byId(diagnose(seen), 'retry-pointless')?.evidence.bodiesUnseen, 0);
  });

  it('does not count retries of codes worth retrying', () => {
    const log = [call({ t: T, code: '713' }), call({ t: T + 5_000 })];
    assert.equal(byId(diagnose(log), 'retry-pointless'), undefined);
  });

  it('counts calls after a 607 until midnight US Central, not after', () => {
    const t607 = DAY0 + 20 * 3_600_000; // 20:00 CST
    const log = [call({ t: t607, code: '607' })];
    for (let i = 1; i <= 40; i++) log.push(call({ t: t607 + i * 60_000, code: '607' }));
    for (let i = 0; i < 3; i++) log.push(call({ t: DAY0 + 24 * 3_600_000 + i * 1_000 })); // next Central day
    const list = diagnose(log);
    const d = byId(list, 'retry-pointless');
    assert.ok(d);
    assert.equal(d.severity, 'error');
    assert.equal(d.evidence.callsAfter607, 40);
    assert.equal(d.evidence.quotaResetAt, new Date(DAY0 + 24 * 3_600_000).toISOString());
    const q = byId(list, 'daily-quota');
    assert.ok(q);
    assert.equal(q.severity, 'error');
    assert.equal(q.evidence.count607, 41);
    assert.deepEqual(q.evidence.days607, ['2024-03-05']);
  });
});
