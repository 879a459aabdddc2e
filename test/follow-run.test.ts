import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { parseAlertRule } from '../src/follow/alert-rules.js';
import { FollowRun } from '../src/follow/follow-run.js';
import { normaliseOptions } from '../src/pipeline/options.js';
import { runAnalysis } from '../src/pipeline/run.js';
import type { Report } from '../src/report/model.js';
import { fixture } from './helpers/run-cli.js';

const tool = { name: 'marketo-errors', version: 'test' };
const options = normaliseOptions({ lang: 'en', jobs: 1 });

function essence(r: Report) {
  const levels = Object.fromEntries(
    Object.entries(r.levels).map(([l, { codes }]) => [l, codes.map((c) => ({ ...c, samples: [] }))]),
  );
  return { totals: r.totals, levels, notes: r.notes, diagnostics: r.diagnostics.map((d) => d.id) };
}

/** The bytes in pieces of uneven size, cut anywhere (inside lines and characters too). */
function pieces(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0, n = 1; at < bytes.length; at += n, n = ((n * 7 + 3) % 997) + 1) out.push(bytes.subarray(at, at + n));
  return out;
}

async function follow(bytes: Buffer): Promise<Report> {
  let ended: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (ended = resolve));
  const run = new FollowRun(
    [{ kind: 'stream', name: '<stdin>', stream: Readable.from(pieces(bytes)) }],
    { analyze: options, rules: [], pollMs: 60_000 },
    {
      finding: () => undefined,
      alert: () => undefined,
      note: (m) => assert.fail(m),
      ended,
    },
  );
  await run.start();
  await done;
  await run.stop();
  return run.analyzer.report({ lang: 'en', tool, filters: {} });
}

const files = [
  fixture('demo', 'nightly-sync.ndjson'),
  ...readdirSync(fixture('ndjson'))
    .filter((f) => f.endsWith('.ndjson'))
    .map((f) => fixture('ndjson', f)),
];

test('following a stream cut into uneven pieces gives the report of analyze, for every NDJSON fixture', async () => {
  for (const file of files) {
    const bytes = readFileSync(file);
    const once = await runAnalysis(['-'], Readable.from([bytes]), options);
    assert.deepEqual(essence(await follow(bytes)), essence(once.report({ lang: 'en', tool, filters: {} })), file);
  }
});

test('a live log that goes quiet: its clock moves on with the wall clock at each tick, so alerts clear', async () => {
  const now = Date.now();
  const body = {
    requestId: 'a1#1',
    success: false,
    errors: [{ code: '606', message: "Max rate limit '100' exceeded" }],
  };
  const url = 'https://1-AB-2.mktorest.com/rest/v1/leads.json';
  const line = (t: number): string =>
    `${JSON.stringify({ time: new Date(t).toISOString(), method: 'GET', url, status: 200, responseBody: body })}\n`;
  const alerts: string[] = [];
  let ended: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (ended = resolve));
  const source = { kind: 'stream' as const, name: 'live', stream: Readable.from([Buffer.from(line(now - 5_000))]) };
  const run = new FollowRun(
    [source],
    { analyze: options, rules: [parseAlertRule('code:606')], pollMs: 60_000 },
    {
      finding: () => undefined,
      alert: (e) => alerts.push(`${e.state}@${e.source ?? 'tick'}`),
      note: (m) => assert.fail(m),
      ended,
    },
  );
  await run.start();
  await done;
  run.tick(now);
  assert.deepEqual(alerts, ['start@live:1'], 'the 606 is inside the last minute');
  run.tick(now + 56_000);
  assert.deepEqual(alerts, ['start@live:1', 'clear@tick'], 'a minute after it, nothing has come: cleared');
  await run.stop();
});

test('a live log that goes quiet: a record held for the line after it (pino-pretty) counts', async () => {
  const url = 'https://1-AB-2.mktorest.com/rest/v1/leads.json';
  const live = new PassThrough();
  const findings: string[] = [];
  const run = new FollowRun(
    [{ kind: 'stream', name: 'live', stream: live }],
    { analyze: options, rules: [], pollMs: 60_000 },
    {
      finding: (f) => findings.push(`${f.level}:${f.code}`),
      alert: () => undefined,
      note: (m) => assert.fail(m),
      ended: () => undefined,
    },
  );
  await run.start();
  // pino-pretty ends a record only when the next one starts; console.log's body ends with its brace.
  live.write(
    `[10:00:01.000] ERROR: marketo call failed\n    method: "POST"\n    url: "${url}"\n    status: 200\n` +
      '    responseBody: {\n      "requestId": "a1#1",\n      "success": false,\n' +
      '      "errors": [{"code": "606", "message": "Max rate limit"}]\n    }\n',
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  run.tick(Date.now() + 1_000);
  assert.deepEqual(findings, ['response:606'], 'counted once the log went quiet, not when it ends');
  live.end();
  await run.stop();
  assert.deepEqual(findings, ['response:606'], 'and not again at the end');
});
