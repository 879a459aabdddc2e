import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { EXIT } from '../src/errors.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { BIN, fixture, ROOT, runCli } from './helpers/run-cli.js';

// Most CLI tests run in process (helpers/cli-in-process.ts). These run the
// bin, for what only a process shows: the exit code through the launcher, a
// report written whole to a real pipe, and a reader that goes away.

const DEMO = fixture('demo', 'nightly-sync.ndjson');

test('the bin ends with the exit code the command gives, for each documented code', async () => {
  const version = (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string }).version;
  const cases: Array<[string[], number, RegExp]> = [
    [['--version'], EXIT.ok, new RegExp(`^${version.replaceAll('.', '\\.')}\\n$`)],
    [['analyze', DEMO, '-q', '--fail-on', 'response'], EXIT.findings, /^$/],
    [['analyze', DEMO, '--format', 'nope'], EXIT.usage, /--format/],
    [['analyze', '/nonexistent/app.log', '-q'], EXIT.incomplete, /\/nonexistent\/app\.log/],
    [['analyze', DEMO, '-q', '-o', '/dev/full'], EXIT.output, /cannot write \/dev\/full/],
  ];
  for (const [args, exit, said] of cases) {
    const { code, stdout, stderr } = await runCli(args);
    assert.equal(code, exit, `${args.join(' ')}: ${stderr}`);
    assert.match(args[0] === '--version' ? stdout : stderr, said, args.join(' '));
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  }
});

test('the bin writes the same report to a pipe as the in-process run writes to memory', async () => {
  const args = ['analyze', DEMO, '--format', 'csv', '--csv-rows', 'findings', '-q'];
  const real = await runCli(args);
  const inProcess = await runCliInProcess(args);
  assert.equal(real.code, EXIT.ok, real.stderr);
  assert.ok(real.stdout.split('\n').length > 100, 'a report of many rows');
  assert.equal(real.stdout, inProcess.stdout);
  assert.equal(real.stderr, inProcess.stderr);
});

test('the bin starts its worker threads (dist/bundle) and merges them as one thread does in process', async () => {
  const files = [DEMO, fixture('ndjson', 'pino-http.ndjson'), fixture('ndjson', 'axios-errors.ndjson')];
  const real = await runCli(['analyze', ...files, '--format', 'json', '--jobs', '2', '-q']);
  const one = await runCliInProcess(['analyze', ...files, '--format', 'json', '--jobs', '1', '-q']);
  assert.equal(real.code, EXIT.ok, real.stderr);
  const [two, whole] = [JSON.parse(real.stdout), JSON.parse(one.stdout)];
  // What merge.test compares for --jobs: a merged peak in flight may name another moment (README).
  for (const key of ['levels', 'totals', 'inputs', 'timeline']) assert.deepEqual(two[key], whole[key], key);
  const ids = (r: { diagnostics: Array<{ id: string }> }) => r.diagnostics.map((d) => d.id);
  assert.deepEqual(ids(two), ids(whole));
});

test('a reader that goes away (| head) ends the bin quietly with code 0', async () => {
  const child = spawn(process.execPath, [BIN, 'analyze', DEMO, '--format', 'csv', '--csv-rows', 'findings', '-q'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  // Closed before the report is written: every write meets EPIPE.
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, EXIT.ok, stderr);
  assert.equal(stderr, '');
});
