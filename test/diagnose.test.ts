import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byId, call, DAY0, diagnose, type Entry } from './diagnose-factory.js';

const T = DAY0 + 3 * 3_600_000;

describe('diagnose: clean log', () => {
  it('50 successful calls over an hour, one token request: no diagnostics', () => {
    const log: Entry[] = [call({ t: T - 1000, path: '/identity/oauth/token' })];
    for (let i = 0; i < 50; i++) log.push(call({ t: T + i * 72_000 }));
    assert.deepEqual(diagnose(log), []);
  });
});

describe('diagnose: rate-window', () => {
  it('a burst of 130 calls in 15 s peaks at 130', () => {
    const log: Entry[] = [];
    for (let i = 0; i < 130; i++) log.push(call({ t: T + Math.floor((i * 15_000) / 130) }));
    const d = byId(diagnose(log), 'rate-window');
    assert.ok(d);
    assert.equal(d.severity, 'warning');
    assert.equal(d.evidence.peakCalls, 130);
    assert.equal(d.evidence.peakStart, new Date(T).toISOString());
    assert.equal(d.evidence.episodesAbove100, 1);
    assert.ok((d.evidence.secondsAbove100 as number) > 0);
    assert.equal(d.evidence.count606, 0);
  });

  it('counts 606s inside and outside windows above 100', () => {
    const log: Entry[] = [];
    for (let i = 0; i < 130; i++) log.push(call({ t: T + i * 100, code: i >= 100 ? '606' : undefined }));
    log.push(call({ t: T + 3_600_000, code: '606' })); // alone: another integration used the limit
    const d = byId(diagnose(log), 'rate-window');
    assert.ok(d);
    assert.equal(d.severity, 'error');
    assert.equal(d.evidence.count606, 31);
    assert.equal(d.evidence.inside606, 30);
    assert.equal(d.evidence.outside606, 1);
  });

  it('100 calls in 20 s, no 606: nothing to report', () => {
    const log: Entry[] = [];
    for (let i = 0; i < 100; i++) log.push(call({ t: T + i * 190 }));
    assert.equal(byId(diagnose(log), 'rate-window'), undefined);
  });

  it('two separate bursts are two episodes; starred and identity calls do not count', () => {
    const log: Entry[] = [];
    for (let i = 0; i < 110; i++) log.push(call({ t: T + i * 50 }));
    for (let i = 0; i < 110; i++) log.push(call({ t: T + 600_000 + i * 50 }));
    for (let i = 0; i < 50; i++) log.push(call({ t: T + 1_200_000 + i * 50, path: '/identity/oauth/token' }));
    for (let i = 0; i < 80; i++) log.push(call({ t: T + 1_200_000 + i * 50, code: '601' }));
    const d = byId(diagnose(log), 'rate-window');
    assert.ok(d);
    assert.equal(d.evidence.peakCalls, 110);
    assert.equal(d.evidence.episodesAbove100, 2);
  });
});

describe('diagnose: concurrency', () => {
  it('12 overlapping requests give peakInFlight 12', () => {
    const log: Entry[] = [];
    for (let i = 0; i < 12; i++) log.push(call({ t: T + i * 10, ms: 5_000 }));
    const d = byId(diagnose(log), 'concurrency');
    assert.ok(d);
    assert.equal(d.evidence.peakInFlight, 12);
    assert.equal(d.evidence.peakAt, new Date(T + 110).toISOString());
    assert.equal(d.severity, 'warning');
  });

  it('works on a log written in end order, and ties 615s to the crowded moments', () => {
    const calls: Entry[] = [];
    for (let i = 0; i < 12; i++)
      calls.push(call({ t: T + i * 10, ms: i >= 10 ? 50 : 10_000 - i * 500, code: i >= 10 ? '615' : undefined }));
    calls.push(call({ t: T + 60_000, code: '615' }));
    const byEnd = calls
      .slice()
      .sort((a, b) => a.ex.startedAt! + a.ex.durationMs! - (b.ex.startedAt! + b.ex.durationMs!));
    const d = byId(diagnose(byEnd), 'concurrency');
    assert.ok(d);
    assert.equal(d.severity, 'error');
    assert.equal(d.evidence.peakInFlight, 12);
    assert.equal(d.evidence.count615, 3);
    assert.equal(d.evidence.inside615, 2);
    assert.equal(d.evidence.outside615, 1);
  });

  it('615s in a log without durations: no peak to place, so no peak time (not 1970)', () => {
    const log: Entry[] = [call({ t: T, code: '615' }), call({ t: T + 1_000, code: '615' })];
    for (const e of log) delete e.ex.durationMs;
    const d = byId(diagnose(log), 'concurrency');
    assert.ok(d);
    assert.equal(d.evidence.peakInFlight, 0);
    assert.equal(d.evidence.peakAt, null);
    assert.match(d.advice + d.title, /615/);
  });

  it('10 in flight at once is within the limit; back-to-back calls do not overlap', () => {
    const log: Entry[] = [];
    for (let i = 0; i < 10; i++) log.push(call({ t: T, ms: 1_000 }));
    for (let i = 0; i < 10; i++) log.push(call({ t: T + 1_000, ms: 1_000 }));
    assert.equal(byId(diagnose(log), 'concurrency'), undefined);
  });
});

describe('diagnose: token-handling', () => {
  it('601 then 5 more 601s without a token request wastes 5 calls', () => {
    const log: Entry[] = [];
    for (let i = 0; i < 6; i++) log.push(call({ t: T + i * 1_000, code: '601' }));
    const d = byId(diagnose(log), 'token-handling');
    assert.ok(d);
    assert.equal(d.evidence.wastedCalls, 5);
    assert.equal(d.evidence.episodes, 1);
    assert.equal(d.evidence.longestStreak, 5);
    assert.equal(d.severity, 'warning');
  });

  it('a token request after the 601 is the right reaction; calls already in flight are not wasted', () => {
    const log = [
      call({ t: T, code: '602', ms: 300 }),
      call({ t: T + 100, code: '602' }), // started before the first 602 came back
      call({ t: T + 400, path: '/identity/oauth/token' }),
      call({ t: T + 600 }),
    ];
    assert.equal(byId(diagnose(log), 'token-handling'), undefined);
  });

  it('a token request for every API call', () => {
    const log: Entry[] = [];
    for (let i = 0; i < 30; i++) {
      log.push(call({ t: T + i * 60_000, path: '/identity/oauth/token' }));
      log.push(call({ t: T + i * 60_000 + 500 }));
    }
    const d = byId(diagnose(log), 'token-handling');
    assert.ok(d);
    assert.equal(d.evidence.identityTooOften, true);
    assert.equal(d.evidence.identityCalls, 30);
    assert.equal(d.evidence.wastedCalls, 0);
  });
});

describe('diagnose: near-limits', () => {
  it('flags large bodies, long GET URLs and batches over 300', () => {
    const input = Array.from({ length: 301 }, (_, i) => ({ email: `u${i}@example.com` }));
    const log = [
      call({ t: T, method: 'POST', requestBytes: 900_000 }),
      call({ t: T + 1_000, method: 'POST', requestBytes: 500_000 }),
      call({ t: T + 2_000, urlBytes: 7_000 }),
      call({ t: T + 3_000, urlBytes: 9_000, status: 414 }),
      call({ t: T + 4_000, method: 'POST', request: { input } }),
    ];
    const d = byId(diagnose(log), 'near-limits');
    assert.ok(d);
    assert.equal(d.severity, 'error');
    assert.equal(d.evidence.nearBody, 1);
    assert.equal(d.evidence.nearUri, 1);
    assert.equal(d.evidence.nearUriGet, 1);
    assert.equal(d.evidence.overUriGet, 1);
    assert.equal(d.evidence.rejected414, 1);
    assert.equal(d.evidence.bigBatches, 1);
    assert.equal(d.evidence.maxBatchRecords, 301);
  });
});

describe('diagnose: daily-quota', () => {
  it('a day with 45,000 calls at a quota of 50,000', () => {
    const log: Entry[] = [];
    for (let i = 0; i < 45_000; i++) log.push(call({ t: DAY0 + i * 1_500 }));
    // 30 minutes before DAY0 is still the previous Central day.
    for (let i = 0; i < 10; i++) log.push(call({ t: DAY0 - 1_800_000 + i * 1_000 }));
    const d = byId(diagnose(log, { dailyQuota: 50_000 }), 'daily-quota');
    assert.ok(d);
    assert.equal(d.severity, 'warning');
    assert.deepEqual((d.evidence.worstDays as unknown[])[0], { day: '2024-03-05', calls: 45_000, share: 0.9 });
    assert.deepEqual((d.evidence.worstDays as unknown[])[1], { day: '2024-03-04', calls: 10, share: 0 });
    assert.equal(d.evidence.daysAbove80, 1);
    assert.equal(byId(diagnose(log, { dailyQuota: 60_000 }), 'daily-quota'), undefined);
  });
});

describe('diagnose: record-patterns', () => {
  it('1006 on every record of a batch', () => {
    const req = { action: 'createOrUpdate', input: [{ email: 'a@x.se' }, { email: 'b@x.se' }, { email: 'c@x.se' }] };
    const all = [0, 1, 2].map((index) => ({ code: '1006', index, params: ['favouriteColour'] }));
    const log = [
      call({ t: T, method: 'POST', request: req, records: all }),
      call({ t: T + 1_000, method: 'POST', request: req, records: all.slice(0, 2) }),
    ];
    const d = byId(diagnose(log), 'record-patterns');
    assert.ok(d);
    assert.equal(d.severity, 'warning');
    assert.equal(d.evidence.wholeBatch1006, 1);
    assert.equal(d.evidence.wholeBatch1006Records, 3);
    assert.deepEqual(d.evidence.fields, [{ name: 'favouriteColour', count: 1 }]);
  });

  it('createOnly duplicates and list operations on missing leads', () => {
    const log = [
      call({
        t: T,
        method: 'POST',
        request: { action: 'createOnly', input: [{}, {}] },
        records: [{ code: '1005', index: 1 }],
      }),
      call({
        t: T + 1_000,
        method: 'DELETE',
        path: '/rest/v1/lists/1001/leads.json',
        records: [
          { code: '1015', index: 0 },
          { code: '1004', index: 1 },
        ],
      }),
      call({
        t: T + 2_000,
        method: 'POST',
        request: { action: 'createOrUpdate', input: [{}] },
        records: [{ code: '1005', index: 0 }],
      }),
    ];
    const d = byId(diagnose(log), 'record-patterns');
    assert.ok(d);
    assert.equal(d.evidence.createOnlyDuplicates, 1);
    assert.equal(d.evidence.createOnlyRequests, 1);
    assert.equal(d.evidence.listNotInList, 1);
    assert.equal(d.evidence.listNotFound, 1);
    assert.equal(d.evidence.listRequests, 1);
  });
});
