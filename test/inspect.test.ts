import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { inspectCommand } from '../src/commands/inspect.js';
import type { Io } from '../src/commands/io.js';
import { ShapeCensus, suggestFields } from '../src/normalise/shape-census.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { fixture } from './helpers/run-cli.js';

function io(stdin = ''): { io: Io; out: () => string } {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const input = new PassThrough();
  input.end(stdin);
  const value: Io = {
    stdin: input,
    stdout,
    stderr: new PassThrough(),
    env: {},
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 100,
  };
  return { io: value, out: () => Buffer.concat(chunks).toString('utf8') };
}

interface InspectJson {
  inputs: Array<{ format: string; lines: number; malformed: number }>;
  shapes: Array<{
    shape: string;
    lines: number;
    verdicts: Record<string, number>;
    example: { line: number };
    fields: Array<{ field: string; by: string }>;
  }>;
  unrecognised: {
    lines: number;
    keySets: Array<{ keys: string[]; lines: number; example: { line: number }; suggestion: string[] }>;
  };
}

test('each line gets the shape that read it, with an example line and the fields each reader took', async () => {
  const t = io();
  assert.equal(await inspectCommand([fixture('ndjson', 'flat-client.ndjson')], { format: 'json' }, t.io), 0);
  const r = JSON.parse(t.out()) as InspectJson;
  const flat = r.shapes.find((s) => s.shape === 'flat-client')!;
  assert.equal(flat.example.line, 1);
  assert.ok(flat.lines >= 10);
  const taken = new Set(flat.fields.filter((f) => f.by === 'flat-client').map((f) => f.field));
  for (const field of ['url', 'status', 'method', 'responseBody']) assert.ok(taken.has(field), field);
  // Every line is counted once: in a shape or as unrecognised.
  assert.equal(r.shapes.reduce((n, s) => n + s.lines, 0) + r.unrecognised.lines, r.inputs[0]!.lines);
});

test('unrecognised lines are grouped by key set, most common first, with a suggested --field mapping', async () => {
  const lines = [
    { evt: { target: 'https://123-abc-456.example/rest', outcome_code: 413 }, k: 1 },
    { evt: { target: 'https://123-abc-456.example/rest', outcome_code: 200 }, k: 2 },
    { other: true },
  ];
  const t = io(lines.map((l) => JSON.stringify(l)).join('\n'));
  await inspectCommand([], { format: 'json' }, t.io);
  const r = JSON.parse(t.out()) as InspectJson;
  assert.equal(r.unrecognised.lines, 3);
  assert.deepEqual(r.unrecognised.keySets[0], {
    keys: ['evt', 'k'],
    lines: 2,
    example: { file: '<stdin>', line: 1 },
    suggestion: ['url=evt.target', 'status=evt.outcome_code'],
  });
  assert.deepEqual(r.unrecognised.keySets[1]!.suggestion, []);
});

test('text logs: urllib3 lines, codes as text, traceback continuation lines; the table in Swedish', async () => {
  const t = io();
  await inspectCommand([fixture('python', 'requests-logging-text.log')], { format: 'table', lang: 'sv' }, t.io);
  const table = t.out();
  assert.match(table, /\(text\): \d+ rader/);
  assert.match(table, /text: urllib3 +9 +9 /);
  assert.match(table, /text: retry +2 /);
  assert.match(table, /Kändes inte igen: \d+ rad/);
});

test("text logs of a Node client: its own lines, got's errors and dropped connections are named as such", async () => {
  const t = io();
  await inspectCommand([fixture('node-clients', 'got-console.log')], { format: 'json' }, t.io);
  const shapes = Object.fromEntries((JSON.parse(t.out()) as InspectJson).shapes.map((s) => [s.shape, s.lines]));
  assert.deepEqual(
    [shapes['text: client line'], shapes['text: got-error message'], shapes['text: no-response message']],
    [4, 5, 3],
  );
  assert.equal(shapes['text: urllib3'], undefined);
});

test('secrets in key names never reach the output; key names are shown without control characters', () => {
  const census = new ShapeCensus();
  census.line(
    { 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXZhbHVl': 1, 'a\u001b[31mb': 2 },
    { file: 'f', line: 1 },
    false,
  );
  const out = JSON.stringify(census.result());
  assert.ok(!out.includes('eyJzdWIiOiIxIn0'), out);
  assert.ok(!out.includes('\u001b'), out);
});

test('a suggestion needs both a URL and a status-like integer', () => {
  assert.deepEqual(suggestFields({ a: { u: 'https://x/y', code: '404' } }), ['url=a.u', 'status=a.code']);
  assert.deepEqual(suggestFields({ u: 'https://x/y', level: 30 }), []);
});

test('the analyze report says where to look for unrecognised lines, and which codes came from text', async () => {
  const file = fixture('python', 'requests-logging-text.log');
  const table = await runCliInProcess(['analyze', file, '--format', 'table', '--quiet']);
  // The table wraps cells: read it as words.
  const words = table.stdout.replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ').replace(/\s+/g, ' ');
  assert.match(words, /Unrecognised lines: 6 \(`marketo-errors inspect FILE` shows how each line was read\)/);
  assert.match(words, /Codes read from log text \(no body logged\): 606 ×3, 615 ×1, 1005 ×1, 1006 ×1/);
  const json = JSON.parse((await runCliInProcess(['analyze', file, '--format', 'json', '--quiet'])).stdout) as {
    inputs: Array<{ textCodes?: Record<string, number> }>;
  };
  assert.deepEqual(json.inputs[0]!.textCodes, { '606': 3, '615': 1, '1005': 1, '1006': 1 });
});
