import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { GunzipThread } from '../src/input/gunzip-thread.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { fixture } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gunzip-thread-'));

/** The demo log with a line of random text after each of its lines: it compresses to about half. */
function noisyLog(rounds: number): string {
  const lines = readFileSync(fixture('demo', 'nightly-sync.ndjson'), 'utf8').trimEnd().split('\n');
  const out: string[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const line of lines) {
      out.push(line, JSON.stringify({ level: 'debug', msg: 'heartbeat', id: randomBytes(150).toString('hex') }));
    }
  }
  return `${out.join('\n')}\n`;
}

async function inflate(path: string, reuse: boolean): Promise<{ bytes: Buffer; error?: NodeJS.ErrnoException }> {
  const thread = new GunzipThread(path);
  if (reuse) thread.reuseMemory();
  const copies: Buffer[] = [];
  try {
    for await (const chunk of thread.chunks()) {
      // Held across a wait, as a reader that awaits would: the thread must not write into it meanwhile.
      if (reuse) await delay(15);
      copies.push(Buffer.from(chunk));
    }
  } catch (error) {
    return { bytes: Buffer.concat(copies), error: error as NodeJS.ErrnoException };
  }
  return { bytes: Buffer.concat(copies) };
}

test('a gzip file of two members inflates on its thread to what gunzipSync gives, as copies or views', async () => {
  const text = Buffer.from(noisyLog(20));
  const path = join(dir, 'two-members.ndjson.gz');
  const half = text.length >> 1;
  writeFileSync(path, Buffer.concat([gzipSync(text.subarray(0, half)), gzipSync(text.subarray(half))]));
  assert.ok(text.length > 4 * (1 << 20), 'more output than the ring holds');
  for (const reuse of [false, true]) {
    const { bytes, error } = await inflate(path, reuse);
    assert.equal(error, undefined);
    assert.ok(bytes.equals(gunzipSync(readFileSync(path))), `reuse ${reuse}`);
  }
});

test('a gzip file cut short or damaged: the bytes before the damage, then zlib’s own error code', async () => {
  const whole = gzipSync(Buffer.from(noisyLog(10)));
  const cut = join(dir, 'cut.ndjson.gz');
  writeFileSync(cut, whole.subarray(0, whole.length - 5000));
  const fromCut = await inflate(cut, true);
  assert.equal(fromCut.error?.code, 'Z_BUF_ERROR');
  assert.ok(fromCut.bytes.length > 1 << 20, `${fromCut.bytes.length} bytes before the cut`);

  const damaged = Buffer.from(whole);
  damaged.fill(0xff, 100_000, 100_100);
  const bad = join(dir, 'damaged.ndjson.gz');
  writeFileSync(bad, damaged);
  assert.equal((await inflate(bad, true)).error?.code, 'Z_DATA_ERROR');
});

test('a reader that stops early ends the thread, and a missing file says so', async () => {
  const path = join(dir, 'stop.ndjson.gz');
  writeFileSync(path, gzipSync(Buffer.from(noisyLog(20))));
  const thread = new GunzipThread(path);
  let chunks = 0;
  for await (const _ of thread.chunks()) if (++chunks === 2) break;
  assert.equal(chunks, 2);
  const missing = await inflate(join(dir, 'nothing-here.gz'), true);
  assert.equal(missing.error?.code, 'ENOENT');
});

/** The whole report, with the input's name as stdin's and without the run's own facts. */
function comparable(stdout: string, path: string) {
  const report = JSON.parse(stdout.replaceAll(path, '<stdin>'));
  delete report.tool;
  return report;
}

for (const [name, cutBytes] of [
  ['whole', 0],
  ['cut short', 3000],
] as const) {
  test(`a large gzip file (${name}) reads as the same bytes through stdin’s gunzip`, async () => {
    const gz = gzipSync(Buffer.from(noisyLog(6)));
    const bytes = gz.subarray(0, gz.length - cutBytes);
    assert.ok(bytes.length > 256 * 1024, 'large enough for a thread of its own');
    const path = join(dir, `${name.replace(' ', '-')}.ndjson.gz`);
    writeFileSync(path, bytes);
    const fromFile = await runCliInProcess(['analyze', path]);
    const fromStdin = await runCliInProcess(['analyze', '-'], bytes);
    assert.equal(fromFile.code, fromStdin.code);
    assert.equal(fromFile.stderr.replaceAll(path, '<stdin>'), fromStdin.stderr);
    const report = comparable(fromFile.stdout, path);
    assert.ok(report.totals.exchanges > 150, `${report.totals.exchanges} calls`);
    assert.deepEqual(report, comparable(fromStdin.stdout, path));
  });
}
