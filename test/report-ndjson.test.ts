import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

const DEMO = fixture('demo', 'nightly-sync.ndjson');
const demoText = readFileSync(DEMO, 'utf8');

test('--format ndjson: one finding per line with its place in the log, then the JSON report as a summary', async () => {
  const [nd, json] = await Promise.all([
    runCliInProcess(['analyze', DEMO, '-f', 'ndjson', '-q']),
    runCliInProcess(['analyze', DEMO, '-f', 'json', '-q']),
  ]);
  assert.equal(nd.code, 0, nd.stderr);
  const lines = nd.stdout.split('\n');
  assert.equal(lines.pop(), '', 'every line ends with a newline');
  const events = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const summary = events.pop() as { type: string; report: unknown };
  assert.equal(summary.type, 'summary');
  assert.deepEqual(summary.report, JSON.parse(json.stdout));
  assert.ok(events.every((e) => e.type === 'finding'));
  // Counted from the fixture's text: each 606 in an errors[] is one finding on the line that holds it.
  const lines606 = demoText.split('\n').flatMap((l, i) => (l.includes('"code":"606"') ? [`${DEMO}:${i + 1}`] : []));
  const found606 = events.filter((e) => e.code === '606');
  assert.deepEqual(
    found606.map((e) => e.source),
    lines606,
  );
  const first = found606[0]!;
  assert.deepEqual(Object.keys(first).sort(), [
    'code',
    'endpoint',
    'level',
    'message',
    'requestId',
    'retry',
    'source',
    'time',
    'title',
    'type',
  ]);
  assert.equal(first.level, 'response');
  assert.equal(first.retry, 'wait-for-window');
  assert.equal(first.endpoint, '/rest/v1/leads.json');
  for (const secret of ['demo-secret-do-not-ship', 'ya29.demo-token']) assert.ok(!nd.stdout.includes(secret), secret);
});

test('-o x.jsonl chooses ndjson; log text that could fool a terminal is escaped', async () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'marketo-ndjson-')), 'events.jsonl');
  const body = {
    requestId: 'r1\u009b31m',
    success: false,
    errors: [{ code: '606', message: 'slow \u202edown\u001b[2J' }],
  };
  const line = JSON.stringify({
    time: '2026-11-02T10:00:00Z',
    method: 'GET',
    url: 'https://284-RPR-133.mktorest.com/rest/v1/leads.json',
    status: 200,
    responseBody: body,
  });
  const r = await runCliInProcess(['analyze', '-o', out, '-q'], `${line}\n`);
  assert.equal(r.code, 0, r.stderr);
  const text = readFileSync(out, 'utf8');
  assert.ok(!/[\u0080-\u009f\u202e\u001b]/.test(text), 'no raw C1, bidi or escape characters');
  const [finding] = text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; code: string });
  assert.equal(finding?.type, 'finding');
  assert.equal(finding?.code, '606');
});
