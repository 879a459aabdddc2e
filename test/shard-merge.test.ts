import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { before, test } from 'node:test';
import { reportOf } from '../src/pipeline/merge.js';
import { normaliseOptions } from '../src/pipeline/options.js';
import { analyzeInRanges } from '../src/pipeline/parallel.js';
import { runAnalysis } from '../src/pipeline/run.js';
import { Readable } from 'node:stream';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// The demo night (a 606 burst, retries, record failures) followed by a pino
// log that writes request and response on separate lines, its times moved to
// just after the demo's so that the whole reads as one night of one service.
const dir = mkdtempSync(path.join(tmpdir(), 'me-shards-'));
const log = path.join(dir, 'sync.ndjson');
let text = '';
let lineStarts: number[] = [];
let whole: Record<string, unknown>;

function lineOf(pattern: RegExp, from = 0): number {
  const lines = text.split('\n');
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]!)) return i;
  throw new Error(`no line matches ${pattern}`);
}

const analyze = async (...args: string[]): Promise<string> => {
  const r = await runCliInProcess(['analyze', log, '--format', 'json', '--compact', ...args]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.indexOf('\n'), r.stdout.length - 1, '--compact writes one line');
  return r.stdout;
};
const merge = async (stdin: string, ...args: string[]): Promise<Record<string, unknown>> => {
  const r = await runCliInProcess(['merge', ...args, '--format', 'json'], stdin);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
};

before(async () => {
  const demo = readFileSync(fixture('demo', 'nightly-sync.ndjson'), 'utf8');
  const times = demo.split('\n').flatMap((l) => {
    try {
      return [JSON.parse(l).time as number];
    } catch {
      return [];
    }
  });
  const split = readFileSync(fixture('ndjson', 'pino-split-request-response.ndjson'), 'utf8').trim().split('\n');
  const shift = Math.max(...times) + 60_000 - JSON.parse(split[0]!).time;
  text =
    demo + split.map((l) => JSON.stringify({ ...JSON.parse(l), time: JSON.parse(l).time + shift })).join('\n') + '\n';
  writeFileSync(log, text);
  const bytes = Buffer.from(text);
  lineStarts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) lineStarts.push(i + 1);
  const r = await runCliInProcess(['analyze', log, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  whole = JSON.parse(r.stdout);
});

for (const n of [2, 3, 7]) {
  test(`${n} shards (--shard I/${n}) merged from stdin equal the whole, sources and diagnostics included`, async () => {
    const size = statSync(log).size;
    const cuts = Array.from({ length: n - 1 }, (_, k) => Math.floor((size * (k + 1)) / n));
    assert.ok(
      cuts.some((c) => !lineStarts.includes(c)),
      'at least one cut falls inside a line',
    );
    const parts = await Promise.all(Array.from({ length: n }, (_, k) => analyze('--shard', `${k + 1}/${n}`)));
    assert.deepEqual(await merge(parts.join('')), whole);
  });
}

test('a cut in the middle of the 606 burst: every count, sample and diagnostic is that of one pass', async () => {
  const first606 = lineOf(/"code":"606"/);
  const burst = first606 + 5;
  assert.match(text.split('\n')[burst]!, /"code":"606"/, 'the cut line is inside the burst');
  const cut = lineStarts[burst]! + 40;
  const shards = path.join(dir, 'burst');
  mkdirSync(shards);
  // Named so that only a natural sort puts them in file order.
  writeFileSync(path.join(shards, 'part-10.json'), await analyze('--byte-range', `${cut}:${statSync(log).size}`));
  writeFileSync(path.join(shards, 'part-9.json'), await analyze('--byte-range', `0:${cut}`));
  const merged = await merge('', shards);
  assert.deepEqual(merged, whole);
  const rate = (merged.diagnostics as Array<{ id: string }>).find((d) => d.id === 'rate-window');
  assert.ok(rate, 'the burst is diagnosed across the cut');
});

test('a cut between a request and its response line: the pair is one call, counted where its response is', async () => {
  const request = lineOf(/"reqId":"2da05e3c/);
  assert.match(text.split('\n')[request + 1]!, /"reqId":"2da05e3c/, 'the next line is its response');
  const size = statSync(log).size;
  for (const cut of [lineStarts[request + 1]!, lineStarts[request + 1]! - 7]) {
    const merged = await merge(
      (await analyze('--byte-range', `0:${cut}`)) + (await analyze('--byte-range', `${cut}:${size}`)),
    );
    // The opaque state may hold when the token broke differently; no diagnostic differs.
    const { diagnosticsState: _a, ...rest } = merged;
    const { diagnosticsState: _b, ...one } = whole;
    assert.deepEqual(rest, one, `cut at byte ${cut}`);
  }
});

test('a gzip file is one shard: the first part reads it whole, the others are empty and say why', async () => {
  const gz = path.join(dir, 'sync.ndjson.gz');
  writeFileSync(gz, gzipSync(text));
  const parts: string[] = [];
  for (let k = 1; k <= 3; k++) {
    const r = await runCliInProcess(['analyze', gz, '--shard', `${k}/3`, '--format', 'json', '--compact']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /is gzip and cannot be split at line starts: it is one shard/);
    if (k > 1) assert.match(r.stderr, /this part is empty/);
    parts.push(r.stdout);
  }
  const merged = await merge(parts.join(''));
  const one = JSON.parse((await runCliInProcess(['analyze', gz, '--format', 'json'])).stdout);
  assert.deepEqual(merged, one);
});

test('a missing middle shard leaves the parts around it apart, each named by where it starts', async () => {
  const size = statSync(log).size;
  const merged = (await merge((await analyze('--shard', '1/3')) + (await analyze('--shard', '3/3')))) as {
    inputs: Array<{ name: string }>;
  };
  assert.equal(merged.inputs.length, 2);
  assert.equal(merged.inputs[0]!.name, log);
  assert.match(merged.inputs[1]!.name, /@\d+$/);
  assert.ok(Number(/@(\d+)$/.exec(merged.inputs[1]!.name)![1]) > size / 2);
});

test('worker threads read byte ranges and hand back their parts: three ranges equal one pass', async () => {
  const options = normaliseOptions({ jobs: 1 });
  const ctx = { lang: 'en' as const, tool: { name: 't', version: '0' }, filters: {}, dailyQuota: options.dailyQuota };
  const inRanges = reportOf(await analyzeInRanges(log, log, statSync(log).size, 3, options, () => undefined), ctx);
  const onePass = (await runAnalysis([log], Readable.from([]), options)).report(ctx);
  assert.deepEqual(inRanges, onePass);
});

test('--byte-range and --shard are checked: bad values, stdin, both at once', async () => {
  for (const args of [
    ['--byte-range', '10:5', log],
    ['--byte-range', 'x:5', log],
    ['--shard', '0/3', log],
    ['--shard', '4/3', log],
    ['--shard', '1/2', '--byte-range', '0:5', log],
    ['--shard', '1/2', log, log],
    ['--shard', '1/2'],
  ]) {
    const r = await runCliInProcess(['analyze', ...args], '');
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^marketo-errors: --(byte-range|shard)/);
  }
});
