import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { mergedShards } from './helpers/shards.js';

// A nightly sync logs each batch with its records (about 10 KB a line, as winston writes it).
// A few requests fail with codes that retrying cannot fix (413, 610, 709) and are sent again
// unchanged 5 to 12 minutes later: megabytes of other calls lie between a first try and its
// retry, far more than the context a shard reads around its cut.
const dir = mkdtempSync(path.join(tmpdir(), 'me-far-'));
const log = path.join(dir, 'sync.ndjson');
const T0 = Date.UTC(2026, 10, 3, 2, 0, 0);
const FILLER = 1_400;
const RETRIED = [
  { at: 40, after: 5 * 60_000, code: '610', status: 200 },
  { at: 90, after: 12 * 60_000, code: '709', status: 200 },
  { at: 300, after: 7 * 60_000, code: '413', status: 413 },
  { at: 610, after: 9 * 60_000, code: '610', status: 200 },
  { at: 611, after: 9 * 60_000 + 500, code: '610', status: 200 },
  { at: 900, after: 6 * 60_000, code: '709', status: 200 },
];
let whole: Record<string, unknown>;

const lead = (i: number) => ({
  email: `lead${i}@example.com`,
  firstName: `First${i}`,
  lastName: `Last${i}`,
  company: 'Acme',
  title: 'Buyer',
});

function line(t: number, url: string, status: number, body: unknown, input: unknown[]): string {
  return JSON.stringify({
    level: status >= 400 || (body as { success?: boolean }).success === false ? 'error' : 'info',
    message: 'marketo call',
    timestamp: new Date(t).toISOString(),
    meta: {
      request: {
        method: 'POST',
        url: `https://284-RPR-133.mktorest.com${url}`,
        body: { action: 'createOrUpdate', input },
      },
      response: { statusCode: status, body, responseTime: 180 },
    },
  });
}

before(async () => {
  const lines: Array<{ t: number; text: string }> = [];
  for (let i = 0; i < FILLER; i++) {
    const input = Array.from({ length: 60 }, (_, k) => lead(i * 60 + k));
    const result = input.map((_, k) => ({ id: i * 60 + k, status: 'updated' }));
    const body = { requestId: `a${i}#17f0a${i}`, success: true, result };
    lines.push({ t: T0 + i * 1_000, text: line(T0 + i * 1_000, '/rest/v1/leads.json', 200, body, input) });
  }
  RETRIED.forEach((r, k) => {
    const input = [lead(90_000 + k)];
    const url = r.code === '610' ? `/rest/v1/lists/77${k}/leads.json` : '/rest/v1/leads.json';
    const body = (n: number) =>
      r.status === 413
        ? ''
        : { requestId: `f${k}${n}#e0c1${k}`, success: false, errors: [{ code: r.code, message: 'cannot be done' }] };
    const t = T0 + r.at * 1_000 + 300;
    lines.push({ t, text: line(t, url, r.status, body(1), input) });
    lines.push({ t: t + r.after, text: line(t + r.after, url, r.status, body(2), input) });
  });
  lines.sort((a, b) => a.t - b.t);
  writeFileSync(log, `${lines.map((l) => l.text).join('\n')}\n`);
  const r = await runCliInProcess(['analyze', log, '--format', 'json', '--jobs', '1']);
  assert.equal(r.code, 0, r.stderr);
  whole = JSON.parse(r.stdout);
});

type Diagnostic = { id: string; evidence: Record<string, unknown> };
const evidence = (report: Record<string, unknown>, id: string) =>
  (report.diagnostics as Diagnostic[]).find((d) => d.id === id)?.evidence;

test('one pass counts every unchanged retry of a hopeless failure', () => {
  assert.equal(evidence(whole, 'retry-pointless')?.pointlessRetries, RETRIED.length);
});

for (const n of [2, 3, 5]) {
  test(`${n} shards: a retry megabytes after its first try, across a cut, counts as in one pass`, async () => {
    const merged = await mergedShards(log, n);
    assert.deepEqual(evidence(merged, 'retry-pointless'), evidence(whole, 'retry-pointless'));
  });
}
