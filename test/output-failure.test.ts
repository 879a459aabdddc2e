import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { Writable } from 'node:stream';
import { BIN, fixture, ROOT } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { analyzeCommand } from '../src/commands/analyze.js';
import { AppError, EXIT } from '../src/errors.js';
import type { Io } from '../src/commands/io.js';

// A report that cannot be written (disk full, a closed device) ends with its
// own exit code, 4, and one line on stderr: never a stack trace, never the
// --fail-on code 1 or the usage code 2.

const DEMO = fixture('demo', 'nightly-sync.ndjson');
const haveDevFull = existsSync('/dev/full');

function runWithStdoutTo(file: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const fd = openSync(file, 'w');
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    const err: Buffer[] = [];
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

test('stdout on a full disk: exit 4 and one line naming stdout', { skip: !haveDevFull && 'no /dev/full' }, async () => {
  for (const args of [
    ['analyze', DEMO, '--format', 'json'],
    ['analyze', DEMO, '--format', 'csv', '--csv-rows', 'findings'],
    ['merge', fixture('reports', 'clean-run.json'), '--format', 'json'],
    ['codes', '--format', 'json'],
  ]) {
    const { code, stderr } = await runWithStdoutTo(
      '/dev/full',
      [...args, '--quiet'].filter((a) => a !== '--quiet' || args[0] === 'analyze'),
    );
    assert.equal(code, EXIT.output, `${args.join(' ')}: ${stderr}`);
    assert.doesNotMatch(stderr, /\n\s+at |internal error/, stderr);
    assert.match(stderr, /cannot write the report to stdout: ENOSPC/);
  }
});

test('-o onto a full disk: exit 4 naming the file; -o into a missing directory stays a usage error', {
  skip: !haveDevFull && 'no /dev/full',
}, async () => {
  for (const extra of [[], ['--format', 'csv', '--csv-rows', 'findings']]) {
    const { code, stderr } = await runCliInProcess(['analyze', DEMO, '--quiet', ...extra, '-o', '/dev/full']);
    assert.equal(code, EXIT.output, stderr);
    assert.match(stderr, /cannot write \/dev\/full: ENOSPC/);
    assert.doesNotMatch(stderr, /\n\s+at /);
  }
  const missing = await runCliInProcess(['analyze', DEMO, '--quiet', '-o', '/nonexistent-dir/r.json']);
  assert.equal(missing.code, EXIT.usage);
});

test('in process: a stdout that fails mid-write makes analyze throw an output error with exit 4', async () => {
  const stdout = new Writable({
    write: (_chunk, _enc, done) => done(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })),
  });
  const io: Io = {
    stdin: process.stdin,
    stdout,
    stderr: new Writable({ write: (_c, _e, d) => d() }),
    env: {},
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 80,
  };
  await assert.rejects(
    analyzeCommand([DEMO], { format: 'json', quiet: true, jobs: '1' }, io, { name: 't', version: '0' }),
    (error: unknown) => {
      assert.ok(error instanceof AppError);
      assert.equal(error.code, 'OUTPUT_FAILED');
      assert.equal(error.exitCode, EXIT.output);
      assert.match(error.message, /stdout: EIO/);
      return true;
    },
  );
});
