import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appendFileSync,
  copyFileSync,
  readFileSync,
  renameSync,
  statSync,
  truncateSync,
  writeFileSync,
  existsSync,
  readdirSync,
} from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PassThrough, Readable } from 'node:stream';
import { analyzeCommand } from '../src/commands/analyze.js';
import type { AnalyzeFlags } from '../src/commands/analyze-options.js';
import type { Io } from '../src/commands/io.js';
import { AppError } from '../src/errors.js';
import {
  analyzeOnce,
  chunk,
  DEMO,
  essence,
  expectedAlertLines,
  LINES,
  type Report,
  tempDir,
} from './helpers/follow-log.js';
import { killLeftovers, LiveCli } from './helpers/live-cli.js';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

afterEach(killLeftovers);

// Appended chunks, rotation by rename and by copytruncate, then Ctrl-C.
test('--follow through rotations: the report equals analyze of all lines; alerts at the expected lines', async () => {
  const dir = tempDir();
  const log = path.join(dir, 'sync.log');
  const state = path.join(dir, 'state.json');
  const offset = (): number | undefined =>
    existsSync(state)
      ? (JSON.parse(readFileSync(state, 'utf8')) as { inputs: Array<{ offset: number }> }).inputs[0]?.offset
      : undefined;
  writeFileSync(log, chunk(1, 60));
  const cli = new LiveCli([
    'analyze',
    '-F',
    log,
    '-f',
    'ndjson',
    '--state',
    state,
    '--alert',
    'rate>=90',
    '--alert',
    'code:606',
  ]);
  // A file renamed before the watcher first opened it is not its file: wait until it is read.
  await cli.waitFor('the first chunk read', () => offset() === statSync(log).size);
  appendFileSync(log, chunk(61, 100));
  // logrotate's default: the old file is renamed, a new one is created under the name.
  renameSync(log, `${log}.1`);
  writeFileSync(log, chunk(101, 130));
  await cli.waitFor('the rotation', () => cli.stderr.includes('rotated'));
  // copytruncate only loses nothing once the watcher has read the file: the state file says how far it got.
  const size = statSync(log).size;
  await cli.waitFor('the new file read', () => offset() === size);
  copyFileSync(log, `${log}.2`);
  truncateSync(log, 0);
  await cli.waitFor('the truncation', () => cli.stderr.includes('truncated'));
  appendFileSync(log, chunk(131, LINES.length));
  assert.equal(await cli.interrupt(), 0, cli.stderr);

  const events = cli.events();
  const summary = events.at(-1) as { type: string; report: Report };
  assert.equal(summary.type, 'summary');
  assert.deepEqual(essence(summary.report), essence(await analyzeOnce(LINES.join(''))));
  const findings = events.filter((e) => e.type === 'finding');
  const t = summary.report.totals.findings as Record<string, number>;
  assert.equal(findings.length, t.http! + t.response! + t.record!, 'one finding event per finding, none twice');

  // Fixture lines 1-100 are in sync.log.1, 101-130 were lines 1-30 of the new file,
  // the rest lines 1-44 after the truncation.
  const where = (line: number): string =>
    line <= 100 ? `${log}:${line}` : line <= 130 ? `${log}:${line - 100}` : `${log}:${line - 130}`;
  const expected = expectedAlertLines();
  const starts = events.filter((e) => e.type === 'alert' && e.state === 'start');
  assert.deepEqual(
    starts.map((e) => [e.rule, e.source]),
    [
      ['rate>=90', where(expected.rate)],
      ['code:606', where(expected.code606)],
    ],
  );
  const rate606 = starts[1] as { diagnostic: { id: string } | null; advice: string | null };
  assert.equal(rate606.diagnostic?.id, 'rate-window', 'the 606 alert carries the rate-window diagnostic');
  assert.match(cli.stderr, /ALERT rate>=90: \d+ calls in 20 s/);
  assert.equal(cli.stderr.match(/ALERT rate>=90/g)?.length, 1, 'an alert fires once while it holds');
  for (const secret of ['demo-secret-do-not-ship', 'ya29.demo-token']) assert.ok(!cli.stdout.includes(secret), secret);
});

test('--follow reads a pipe to its end, then reports with the usual exit code (--fail-on applies)', async () => {
  const followed = await runCliInProcess(
    ['analyze', '-F', '-', '-f', 'json', '--fail-on', 'response'],
    readFileSync(DEMO),
  );
  assert.equal(followed.code, 1, followed.stderr);
  assert.deepEqual(essence(JSON.parse(followed.stdout) as Report), essence(await analyzeOnce(LINES.join(''))));
});

// gzip, HAR, JSON documents and UTF-16 cannot grow line by line.
test('--follow: unfollowable inputs, bad rules and follow-only flags are usage errors (exit 2)', async () => {
  const dir = tempDir();
  const gz = path.join(dir, 'sync.log');
  writeFileSync(gz, gzipSync(readFileSync(DEMO)));
  const utf16 = path.join(dir, 'windows.log');
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(chunk(1, 3), 'utf16le')]));
  // Without a byte-order mark (as .NET's Encoding.Unicode with no preamble writes) and UTF-32: the watch
  // waited forever on lines it could not read, and printed nothing.
  const bare16 = path.join(dir, 'bare16.log');
  writeFileSync(bare16, Buffer.from(chunk(1, 3), 'utf16le'));
  const bare16be = path.join(dir, 'bare16be.log');
  writeFileSync(bare16be, Buffer.from(chunk(1, 3), 'utf16le').swap16());
  const utf32 = path.join(dir, 'utf32.log');
  writeFileSync(utf32, Buffer.from([...chunk(1, 3)].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])));
  const io: Io = {
    stdin: Readable.from([]),
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    env: {},
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 80,
  };
  const tool = { name: 'marketo-errors', version: 'test' };
  const cases: Array<[string[], AnalyzeFlags, RegExp]> = [
    [[gz], { follow: true }, /sync\.log: a gzip file cannot be followed/],
    [[fixture('har', 'chromium-marketo-sync.har')], { follow: true }, /a HAR file cannot be followed/],
    [
      [fixture('json', 'datadog-export-as-array.json')],
      { follow: true },
      /a JSON document \(not one record per line\) cannot be followed/,
    ],
    [[utf16], { follow: true }, /a UTF-16 file cannot be followed/],
    [[bare16], { follow: true }, /a UTF-16 file cannot be followed/],
    [[bare16be], { follow: true }, /a UTF-16 file cannot be followed/],
    [[utf32], { follow: true }, /a UTF-32 file cannot be followed/],
    [[DEMO], { alert: ['rate>=90'] }, /work with --follow only/],
    [[DEMO], { follow: true, alert: ['rate=>90'] }, /--alert rate=>90: not a rule; rules look like rate>=90/],
    [[DEMO], { follow: true, refresh: '0' }, /--refresh takes whole seconds from 1 to 60/],
    [[DEMO], { follow: true, exitOnAlert: true }, /--exit-on-alert needs at least one --alert/],
    [
      [DEMO],
      { follow: true, output: path.join(dir, 'missing', 'r.json') },
      /-o .*r\.json: cannot write there \(ENOENT\)/,
    ],
    [[DEMO], { follow: true, state: dir }, /--state .*: is a directory/],
  ];
  const piped: Io = { ...io, stdin: Readable.from([gzipSync(readFileSync(DEMO))]) };
  await assert.rejects(analyzeCommand(['-'], { follow: true }, piped, tool), /<stdin>: a gzip file cannot be followed/);
  for (const [files, flags, message] of cases) {
    await assert.rejects(
      analyzeCommand(files, flags, io, tool),
      (e: unknown) => e instanceof AppError && e.exitCode === 2 && message.test(e.message),
    );
  }
});

test('--state: a restarted watcher resumes where it stopped, counting nothing twice', async () => {
  const dir = tempDir();
  const log = path.join(dir, 'sync.log');
  const state = path.join(dir, 'state.json');
  // The first run stops in the middle of a line: that line is read whole by the second run.
  const half = chunk(1, 90) + LINES[90]!.slice(0, 100);
  writeFileSync(log, half);
  const first = new LiveCli(['analyze', '-F', log, '-f', 'json', '--state', state, '-q']);
  await first.waitFor('the state file', () => existsSync(state));
  assert.equal(await first.interrupt(), 0, first.stderr);
  appendFileSync(log, LINES.join('').slice(half.length));
  const second = new LiveCli(['analyze', '-F', log, '-f', 'json', '--state', state, '-q']);
  await second.waitFor(
    'the state file to move on',
    () =>
      (JSON.parse(readFileSync(state, 'utf8')) as { inputs: Array<{ offset: number }> }).inputs[0]?.offset ===
      statSync(log).size,
  );
  assert.equal(await second.interrupt(), 0, second.stderr);
  assert.deepEqual(essence(JSON.parse(second.stdout) as Report), essence(await analyzeOnce(LINES.join(''))));
});

// -o is written whole (temp file and rename) each refresh and at the end.
test('--exit-on-alert: exit 1 at the first alert; --alert-exec gets the alert as JSON on stdin', async () => {
  const dir = tempDir();
  const log = path.join(dir, 'sync.log');
  const hook = path.join(dir, 'hook.ndjson');
  const out = path.join(dir, 'report.json');
  writeFileSync(log, LINES.join(''));
  const cli = new LiveCli([
    'analyze',
    '-F',
    log,
    '-o',
    out,
    '--alert',
    'code:606',
    '--exit-on-alert',
    '--alert-exec',
    `cat >> '${hook}'`,
  ]);
  assert.equal(await cli.exited, 1, cli.stderr);
  const alert = JSON.parse(readFileSync(hook, 'utf8').trim()) as {
    type: string;
    rule: string;
    state: string;
    source: string;
  };
  assert.deepEqual(
    [alert.type, alert.rule, alert.state, alert.source],
    ['alert', 'code:606', 'start', `${log}:${expectedAlertLines().code606}`],
  );
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  assert.ok((report.totals.marketoCalls as number) > 0);
});

test('--follow waits for a file that does not exist yet and says so once', async () => {
  const dir = tempDir();
  const log = path.join(dir, 'later.log');
  const cli = new LiveCli(['analyze', '-F', log, '-f', 'json']);
  await cli.waitFor('the waiting note', () => cli.stderr.includes('waiting'));
  writeFileSync(log, chunk(1, 40));
  await cli.waitFor('the file to be found', () => cli.stderr.includes('reading it'));
  assert.equal(await cli.interrupt(), 0, cli.stderr);
  assert.equal(cli.stderr.match(/waiting/g)?.length, 1);
  assert.deepEqual(essence(JSON.parse(cli.stdout) as Report).totals, essence(await analyzeOnce(chunk(1, 40))).totals);
});

test('-o is rewritten whole while the log grows: never half a report for a reader, no temp file left', async () => {
  const dir = tempDir();
  const log = path.join(dir, 'sync.log');
  const out = path.join(dir, 'report.json');
  writeFileSync(log, chunk(1, 50));
  const calls = (): number | undefined => {
    try {
      return (JSON.parse(readFileSync(out, 'utf8')) as Report).totals.marketoCalls as number;
    } catch (error) {
      // Only "not there yet" is expected: a half-written file would not parse.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };
  const cli = new LiveCli(['analyze', '-F', log, '-o', out, '-q']);
  const callsOf = (r: Report): number => r.totals.marketoCalls as number;
  const [first, all] = [callsOf(await analyzeOnce(chunk(1, 50))), callsOf(await analyzeOnce(LINES.join('')))];
  await cli.waitFor('the first report', () => calls() === first);
  appendFileSync(log, chunk(51, LINES.length));
  await cli.waitFor('the report of the whole log', () => calls() === all);
  assert.equal(await cli.interrupt(), 0, cli.stderr);
  assert.deepEqual(readdirSync(dir).sort(), ['report.json', 'sync.log']);
});
