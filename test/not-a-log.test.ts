import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { fixture } from './helpers/run-cli.js';

// Files a user may hand over instead of the log: the app's SQLite log table, a spreadsheet of log lines, a
// screenshot, a PDF print, a packet capture, a journal file. Read as text they gave a report with a call or
// none, exit 0 (the SQLite file: 1 call of another host and not a word on stderr). Each must say what it is
// and how to get a log out of it, and the report must say it is incomplete.
const CASES: Array<[string, RegExp, RegExp]> = [
  ['sync-log.sqlite', /SQLite database/, /sqlite3 -json/],
  ['sync-log.xlsx', /spreadsheet or office document/, /CSV/],
  ['screenshot.png', /image/, /log file itself/],
  ['sync-log.pdf', /PDF document/, /log file itself/],
  ['capture.pcap', /packet capture/, /HAR/],
  // journald's own file (the first 4 KiB of one systemd-journal-remote wrote): its messages are stored once
  // however often they were logged, and may be compressed, so read as text it would miscount.
  ['lead-sync.journal', /systemd journal file/, /journalctl --file \S+ -o json \| marketo-errors analyze -/],
];
const out = mkdtempSync(path.join(tmpdir(), 'me-not-log-'));

for (const [name, what, how] of CASES) {
  test(`${name}: not read as text; stderr says what it is and how to get the log, exit 3`, async () => {
    const file = fixture('not-logs', name);
    const r = await runCliInProcess(['analyze', file, '--format', 'json']);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, what);
    assert.match(r.stderr, how);
    const report = JSON.parse(r.stdout);
    assert.equal(report.complete, false);
    assert.equal(report.totals.exchanges + report.totals.unrecognised, 0);
    const sv = await runCliInProcess(['analyze', file, '--lang', 'sv', '-o', path.join(out, 'sv.txt')]);
    assert.match(sv.stderr, /inte en logg/);
    assert.doesNotMatch(sv.stderr, / is | not a log/);
    const followed = await runCliInProcess(['analyze', '--follow', file, '-o', path.join(out, 'f.json')]);
    assert.equal(followed.code, 2, followed.stderr);
    assert.match(followed.stderr, what);
  });
}

test('a text log that starts with the same letters as these formats is still read', async () => {
  const file = path.join(out, 'notes.log');
  writeFileSync(file, '%PDF export failed for lead 12\nSQLite format is what the cache uses\n');
  const r = await runCliInProcess(['analyze', file, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).complete, true);
});

test('the export the SQLite advice names is read: what `sqlite3 -json` printed for the same table', async () => {
  const r = await runCliInProcess(['analyze', fixture('not-logs', 'sync-log.sqlite.json'), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.totals.exchanges, 1);
  assert.deepEqual(
    report.levels.response.codes.map((c: { code: string }) => c.code),
    ['606'],
  );
});
