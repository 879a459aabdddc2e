import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import { reportOf } from '../src/pipeline/merge.js';
import { normaliseOptions } from '../src/pipeline/options.js';
import { runAnalysis } from '../src/pipeline/run.js';
import { analyzeStreamInBlocks } from '../src/pipeline/stream-blocks.js';
import { pinoCopies, sameAsOnePass } from './helpers/parts.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { fixture } from './helpers/run-cli.js';

const options = normaliseOptions({ jobs: 1 });
const ctx = { lang: 'en' as const, tool: { name: 't', version: '0' }, filters: {}, dailyQuota: options.dailyQuota };
// Small blocks, so that a log of 1 MB is cut many times, between requests and their responses too.
const sizes = { block: 32 * 1024, min: 64 * 1024 };

/** The report of `bytes` read in blocks by two workers, next to the report of one pass over the file. */
async function both(file: string, gzip: boolean): Promise<[unknown, unknown]> {
  // In chunks as a pipe or zlib hands them on.
  const bytes = readFileSync(file);
  const raw = Readable.from(
    Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, k) => bytes.subarray(k * 65536, (k + 1) * 65536)),
  );
  const chunks = gzip ? raw.pipe(createGunzip({ chunkSize: 16 * 1024 })) : raw;
  const outcome = await analyzeStreamInBlocks(file, chunks, gzip, 2, options, () => undefined, sizes);
  assert.ok('part' in outcome, 'the stream was long enough for blocks');
  const one = (await runAnalysis([file], Readable.from([]), options)).report(ctx);
  const blocks = reportOf(outcome.part, ctx);
  // One pass counts the bytes read (compressed for gzip); run.ts sets them so after the blocks.
  for (const input of blocks.inputs) input.bytes = one.inputs[0]!.bytes;
  return [blocks, one];
}

// pino's split request and response lines after the demo night (a 606 burst, retries): about 1 MB, 32 cuts
// in 32 kB blocks (3 MB in 64 kB blocks had 48, for 3 times the bytes).
function longLog(dir: string): string {
  const file = path.join(dir, 'long.ndjson');
  writeFileSync(file, readFileSync(fixture('demo', 'nightly-sync.ndjson'), 'utf8') + pinoCopies(1 << 20));
  return file;
}

test('a stream read in blocks by two workers counts as one pass: plain NDJSON with split pairs', async () => {
  const file = longLog(mkdtempSync(path.join(tmpdir(), 'me-blocks-')));
  const [blocks, one] = await both(file, false);
  assert.ok((one as { inputs: Array<{ exchanges: number }> }).inputs[0]!.exchanges > 1000);
  sameAsOnePass(blocks, one);
});

test('a gzip decompressed on this thread and analysed in blocks by workers counts as one pass', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'me-blocks-'));
  const gz = path.join(dir, 'long.ndjson.gz');
  writeFileSync(gz, gzipSync(readFileSync(longLog(dir))));
  const [blocks, one] = await both(gz, true);
  sameAsOnePass(blocks, one);
});

test('a stream shorter than the threshold is handed back whole, to be read on this thread', async () => {
  const file = fixture('reports', 'logs', 'lead-sync-2024-10-14.ndjson.gz');
  const raw = Readable.from([readFileSync(file)]).pipe(createGunzip());
  const outcome = await analyzeStreamInBlocks(file, raw, true, 2, options, () => undefined);
  assert.ok('replay' in outcome);
  const back: Buffer[] = [];
  for await (const chunk of outcome.replay) back.push(chunk);
  assert.deepEqual(Buffer.concat(back), gunzipSync(readFileSync(file)));
});

test('--jobs 2 equals --jobs 1 on a gzipped log and on stdin (short: read on one thread after the peek)', async () => {
  const gz = fixture('reports', 'logs', 'lead-sync-2024-10-14.ndjson.gz');
  const json = async (args: string[], input = ''): Promise<unknown> =>
    JSON.parse((await runCliInProcess(['analyze', ...args, '--format', 'json'], input)).stdout);
  assert.deepEqual(await json([gz, '--jobs', '2']), await json([gz, '--jobs', '1']));
  const text = readFileSync(fixture('demo', 'nightly-sync.ndjson'), 'utf8');
  assert.deepEqual(await json(['-', '--jobs', '2'], text), await json(['-', '--jobs', '1'], text));
});
