import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { fixture } from './helpers/run-cli.js';

// A log of something else (here dpkg's, as Debian writes it) gave an empty report and a silent exit 0
// when the report went to a file or a pipe: the user must hear that nothing in it was read, and how to look.
test('an input where no line reads as a call says so on stderr, with the command that shows why', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'me-nothing-'));
  const log = path.join(dir, 'dpkg.log');
  writeFileSync(
    log,
    [
      '2026-12-01 06:25:14 startup archives unpack',
      '2026-12-01 06:25:14 upgrade libc6:amd64 2.36-9+deb12u7 2.36-9+deb12u9',
      '2026-12-01 06:25:14 status half-configured libc6:amd64 2.36-9+deb12u7',
      '2026-12-01 06:25:15 status installed libc6:amd64 2.36-9+deb12u9',
      '',
    ].join('\n'),
  );
  const r = await runCliInProcess(['analyze', log, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /none of its 4 lines reads as an API call; `marketo-errors inspect .*dpkg\.log`/);
  const sv = await runCliInProcess(['analyze', log, '--format', 'json', '--lang', 'sv']);
  assert.match(sv.stderr, /ingen av dess 4 rader/);
  const demo = await runCliInProcess(['analyze', fixture('demo', 'nightly-sync.ndjson'), '--format', 'json']);
  assert.doesNotMatch(demo.stderr, /reads as an API call/);
});

// Found attacking the tool: a time or endpoint filter that kept no call said "none of its 1 line reads
// as an API call" of the demo log, whose 170 calls were all read; and the count left out malformed lines.
test('the note counts every line that was not read, and a filter that kept no call does not raise it', async () => {
  const demo = fixture('demo', 'nightly-sync.ndjson');
  for (const filter of [
    ['--until', '1970-01-02'],
    ['--since', '2999-01-01'],
    ['--endpoint', '/no/such/path'],
  ]) {
    const r = await runCliInProcess(['analyze', demo, '--format', 'json', ...filter]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /reads as an API call/, filter.join(' '));
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'me-nothing-'));
  const log = path.join(dir, 'app.ndjson');
  writeFileSync(log, '{"level":30,"msg":"sync started"}\nnot json\n{"level":30,"msg":"sync done"}\n{"level":\n');
  const r = await runCliInProcess(['analyze', log, '--format', 'json']);
  assert.match(r.stderr, /none of its 4 lines reads as an API call/);
});

// Tried as a new user: an empty log (the day's file of a sync that had not run yet) gave an empty report and
// said nothing at all, as a clean log does.
test("an empty input says so on stderr; a file of Marketo's own counts with no line of calls does not", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'me-empty-'));
  const log = path.join(dir, 'sync-2026-12-04.log');
  writeFileSync(log, '');
  const r = await runCliInProcess(['analyze', log, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /sync-2026-12-04\.log: the input is empty \(0 bytes\): there is nothing in it to read/);
  const sv = await runCliInProcess(['analyze', log, '--format', 'json', '--lang', 'sv']);
  assert.match(sv.stderr, /indata är tom \(0 byte\)/);
  const stdin = await runCliInProcess(['analyze', '-', '--format', 'json'], '');
  assert.match(stdin.stderr, /<stdin>: the input is empty/);
  const stats = await runCliInProcess(['analyze', fixture('bulk', 'stats-usage-last7days.json'), '--format', 'json']);
  assert.doesNotMatch(stats.stderr, /empty|reads as an API call/);
});
