import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { mergedShards } from './helpers/shards.js';

// A 606 burst as pino-http logs it (the demo night's shape): 40 calls a second that take 2.5 s
// each (about 100 in flight), every 606 sent again unchanged 0.8 s later (too soon), and a few
// lookups of a missing list (610) sent again 2 s later (pointless). Whatever the cut, a retry's
// first try and the calls in flight with it are often on the other side.
const dir = mkdtempSync(path.join(tmpdir(), 'me-seed-'));
const log = path.join(dir, 'burst.ndjson');
const T0 = Date.UTC(2026, 10, 3, 2, 0, 0);
const RETRIED_606 = 150;
const RETRIED_610 = 10;
let whole: Record<string, unknown>;

interface Call {
  t: number;
  id: number;
  url: string;
  body: Record<string, unknown>;
}

function line(c: Call, reqId: number): string {
  return JSON.stringify({
    level: c.body.success ? 30 : 50,
    time: c.t + 2500,
    pid: 4187,
    hostname: 'lead-sync-6d9f7c9b8-x2kq4',
    req: { id: reqId, method: 'GET', url: c.url, headers: { host: '284-RPR-133.mktorest.com' } },
    res: { statusCode: 200, body: c.body },
    responseTime: 2500,
    msg: 'marketo request completed',
  });
}

const rejected = (id: number) => ({
  requestId: `${(0x1000 + id).toString(16)}#fa873e7f${id}`,
  success: false,
  errors: [{ code: '606', message: "Max rate limit '100' exceeded with in '20' secs" }],
});
const missingList = (id: number) => ({
  requestId: `${(0x2000 + id).toString(16)}#aa873e7f${id}`,
  success: false,
  errors: [{ code: '610', message: 'Requested resource not found' }],
});

before(async () => {
  const calls: Call[] = [];
  for (let i = 0; i < RETRIED_606; i++) {
    const url = `/rest/v1/leads.json?filterType=email&filterValues=lead${i}@example.com`;
    calls.push({ t: T0 + i * 25, id: i, url, body: rejected(i) });
    calls.push({ t: T0 + i * 25 + 800, id: i, url, body: { requestId: `ok${i}`, success: true, result: [] } });
  }
  for (let i = 0; i < RETRIED_610; i++) {
    const url = `/rest/v1/lists/99${i}/leads.json`;
    calls.push({ t: T0 + i * 300 + 7, id: 1000 + i, url, body: missingList(i) });
    calls.push({ t: T0 + i * 300 + 2007, id: 1000 + i, url, body: missingList(i + 50) });
  }
  calls.sort((a, b) => a.t - b.t);
  writeFileSync(log, `${calls.map((c, k) => line(c, 100 + k)).join('\n')}\n`);
  const r = await runCliInProcess(['analyze', log, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  whole = JSON.parse(r.stdout);
});

type Diagnostic = { id: string; evidence: Record<string, number> };
const evidence = (report: Record<string, unknown>, id: string) =>
  (report.diagnostics as Diagnostic[]).find((d) => d.id === id)!.evidence;

test('one pass sees every planted retry and the calls in flight', () => {
  assert.equal(evidence(whole, 'retry-too-soon').retriesTooSoon, RETRIED_606);
  assert.equal(evidence(whole, 'retry-pointless').pointlessRetries, RETRIED_610);
  assert.ok(evidence(whole, 'concurrency').startsAboveLimit > 200);
});

for (const n of [2, 3, 7]) {
  test(`${n} shards cut inside the burst: retries and calls in flight across a cut count as in one pass`, async () => {
    const merged = await mergedShards(log, n);
    for (const id of ['retry-too-soon', 'retry-pointless', 'concurrency', 'rate-window']) {
      assert.deepEqual(evidence(merged, id), evidence(whole, id), id);
    }
    const { diagnosticsState: _a, ...rest } = merged;
    const { diagnosticsState: _b, ...one } = whole;
    assert.deepEqual(rest, one);
  });
}
