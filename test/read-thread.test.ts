import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ReadThread } from '../src/input/read-thread.js';
import { DEFAULTS } from '../src/pipeline/options.js';
import { analyseThreaded } from './helpers/analyse-threaded.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { BIN, fixture, runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'read-thread-'));

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
  const thread = new ReadThread({ path }, 'always');
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
  const thread = new ReadThread({ path }, 'always');
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
  test(`a gzip file (${name}) inflated on its thread reads as it does inflated on this one`, async () => {
    const gz = gzipSync(Buffer.from(noisyLog(6)));
    const path = join(dir, `${name.replace(' ', '-')}.ndjson.gz`);
    writeFileSync(path, gz.subarray(0, gz.length - cutBytes));
    const threaded = await analyseThreaded(path, true);
    assert.ok(threaded.report.totals.exchanges > 150, `${threaded.report.totals.exchanges} calls`);
    assert.deepEqual(threaded, await analyseThreaded(path, false));
  });
}

/** A gzip file over the default size for a reading thread: the demo log, then lines of random text. */
function bigGzip(path: string): void {
  const noise = Array.from({ length: 16_500 }, () =>
    JSON.stringify({ level: 'debug', msg: 'heartbeat', id: randomBytes(1000).toString('hex') }),
  );
  const text = `${readFileSync(fixture('demo', 'nightly-sync.ndjson'), 'utf8')}${noise.join('\n')}\n`;
  writeFileSync(path, gzipSync(text, { level: 1 }));
  assert.ok(statSync(path).size > DEFAULTS.readingThreadFrom.gzip, 'over the default size for a thread');
}

// Stdin as a process has it (a pipe) is read on the thread; the in-process tests above hand the CLI a stream.
for (const [name, make] of [
  ['NDJSON', (text: string) => Buffer.from(text)],
  ['gzip', (text: string) => gzipSync(text)],
] as const) {
  test(`${name} piped to the real CLI reads as the same bytes in a file do`, async () => {
    const bytes = make(noisyLog(6));
    const path = join(dir, `piped.${name}`);
    writeFileSync(path, bytes);
    const fromFile = await runCli(['analyze', path]);
    const fromPipe = await runCli(['analyze', '-'], bytes);
    assert.equal(fromPipe.code, fromFile.code, fromPipe.stderr);
    const report = comparable(fromPipe.stdout, path);
    assert.ok(report.totals.exchanges > 150, `${report.totals.exchanges} calls`);
    assert.equal(report.inputs[0].gzip, name === 'gzip');
    assert.deepEqual(report, comparable(fromFile.stdout, path));
  });
}

/** The CLI's report of `bytes` written to its stdin in `pieces`, a pause between each: a slow producer. */
function slowPipe(bytes: Buffer, pieces: number, pauseMs: number): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'analyze', '-'], { env: { ...process.env, NO_COLOR: '1' } });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8') }));
    const size = Math.ceil(bytes.length / pieces);
    let at = 0;
    const next = (): void => {
      if (at >= bytes.length) return void child.stdin.end();
      child.stdin.write(bytes.subarray(at, at + size));
      at += size;
      setTimeout(next, pauseMs);
    };
    next();
  });
}

test('a pipe that gives its bytes slowly, cut mid-line, reads as the same bytes in a file do', async () => {
  const bytes = Buffer.from(noisyLog(2));
  const path = join(dir, 'slow.ndjson');
  writeFileSync(path, bytes);
  const slow = await slowPipe(bytes, 25, 30);
  const fromFile = await runCli(['analyze', path]);
  assert.equal(slow.code, fromFile.code);
  assert.deepEqual(comparable(slow.stdout, path), comparable(fromFile.stdout, path));
});

test('a damaged gzip piped to the real CLI: the same report and words as the file', async () => {
  const gz = gzipSync(noisyLog(4));
  const cut = join(dir, 'piped-cut.ndjson.gz');
  writeFileSync(cut, gz.subarray(0, gz.length >> 1));
  const early = join(dir, 'piped-early.ndjson.gz');
  writeFileSync(early, Buffer.concat([gz.subarray(0, 10), Buffer.alloc(5000, 0xff)]));
  for (const path of [cut, early]) {
    const fromFile = await runCli(['analyze', path]);
    const fromPipe = await runCli(['analyze', '-'], readFileSync(path));
    assert.equal(fromPipe.code, fromFile.code, path);
    assert.equal(fromPipe.stderr, fromFile.stderr.replaceAll(path, '<stdin>'));
    assert.deepEqual(comparable(fromPipe.stdout, path), comparable(fromFile.stdout, path));
  }
});

test('a directory on stdin (`< /var/log`) is said to be one, exit 3, as a directory named as a file is', async () => {
  const said = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'analyze', '-'], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: [openSync(dir, 'r'), 'ignore', 'pipe'],
    });
    const err: Buffer[] = [];
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr: Buffer.concat(err).toString('utf8') }));
  });
  const named = await runCli(['analyze', dir]);
  assert.equal(said.code, 3);
  assert.equal(said.code, named.code);
  assert.match(said.stderr, /<stdin> is a directory, not a log file/);
});

/** Runs the CLI on `args` with a stdin pipe that is written `bytes` and then left open. */
function openPipe(args: string[], bytes: Buffer): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    const err: Buffer[] = [];
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.write(bytes);
  });
}

// A reader that stops early used to leave the thread waiting for a free slot: the process never exited.
test('--max-bytes on a large gzip file and on a pipe left open: the process ends', { timeout: 30_000 }, async () => {
  const gz = join(dir, 'max-bytes.ndjson.gz');
  bigGzip(gz);
  const file = await openPipe(['analyze', '--max-bytes', '3000000', gz], Buffer.alloc(0));
  const pipe = await openPipe(['analyze', '--max-bytes', '3000000', '-'], Buffer.from(noisyLog(20)));
  for (const run of [file, pipe]) {
    assert.equal(run.code, 3);
    assert.match(run.stderr, /stopped after --max-bytes 3000000 bytes/);
  }
});

test('a large gzip file gets a reading thread by default and none with --jobs 1', async () => {
  const gz = join(dir, 'jobs.ndjson.gz');
  bigGzip(gz);
  const before = ReadThread.started;
  const one = await runCliInProcess(['analyze', '--jobs', '1', gz]);
  assert.equal(ReadThread.started, before);
  const two = await runCliInProcess(['analyze', '--jobs', '2', gz]);
  assert.equal(ReadThread.started, before + 1);
  assert.deepEqual(JSON.parse(one.stdout).totals, JSON.parse(two.stdout).totals);
});

/** This process's open file descriptors (Linux). */
function openFds(): number {
  return readdirSync('/proc/self/fd').length;
}

// A reader that stops early must leave no file open behind it: a thread ended at once left its file to the
// garbage collector ("Closing file descriptor N on garbage collection" on stderr), or open for good.
test('a reading thread stopped early closes its file', { skip: !existsSync('/proc/self/fd') }, async () => {
  const gz = join(dir, 'stop-fds.ndjson.gz');
  writeFileSync(gz, gzipSync(noisyLog(20)));
  const har = join(dir, 'stop-fds.har');
  writeFileSync(har, readFileSync(fixture('har', 'chromium-marketo-sync.har')));
  const before = openFds();
  for (const [source, inflate, scan] of [
    [gz, 'always', undefined],
    [har, 'never', { maxEntryBytes: 1 << 20 }],
  ] as const) {
    for (let round = 0; round < 3; round++) {
      const thread = new ReadThread({ path: source }, inflate, scan);
      for await (const _ of thread.chunks()) break;
    }
  }
  // HARs whose reading stops before the file's end (junk after the document), read on this thread.
  const text = readFileSync(fixture('har', 'chromium-marketo-sync.har'), 'utf8');
  const junk = join(dir, 'junk-after.har');
  writeFileSync(junk, `${text}\n{trailing junk`);
  const broken = join(dir, 'broken-early.har');
  writeFileSync(broken, `${text.slice(0, 20_000)}]]]} not json ${'x'.repeat(3_000_000)}`);
  for (const file of [junk, broken]) for (let round = 0; round < 3; round++) await analyseThreaded(file, false);
  // The threads end on their own once told to stop: wait for their files to close (slowly on a loaded machine:
  // under load 7 the last one took over 5 s once).
  for (let waited = 0; waited < 300 && openFds() > before; waited++) await delay(100);
  assert.equal(openFds(), before);
});
