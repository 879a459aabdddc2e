import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { fixture } from './helpers/run-cli.js';

// A log handed over packed (zip from a support ticket, a rotated .bz2/.xz/.zst) was read as text:
// 0 calls, "complete", exit 0, a clean log to the reader. Gzip is read; the others must say how.
const dir = mkdtempSync(path.join(tmpdir(), 'me-packed-'));
const log = readFileSync(fixture('demo', 'nightly-sync.ndjson'));
const PACKED: Array<[string, Buffer, RegExp]> = [
  ['sync.zip', Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), log]), /unzip -p/],
  ['sync.ndjson.bz2', Buffer.concat([Buffer.from('BZh91AY&SY', 'latin1'), log]), /bzcat/],
  ['sync.ndjson.xz', Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), log]), /xzcat/],
  ['sync.ndjson.zst', Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), log]), /zstdcat/],
];

for (const [name, bytes, how] of PACKED) {
  test(`${name}: not read as text; the report is incomplete, exit 3, and stderr says how to unpack it`, async () => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const r = await runCliInProcess(['analyze', file, '--format', 'json']);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, how);
    const report = JSON.parse(r.stdout);
    assert.equal(report.complete, false);
    assert.equal(report.totals.unrecognised, 0);
    const sv = await runCliInProcess(['analyze', file, '--lang', 'sv', '-o', path.join(dir, 'sv.txt')]);
    assert.match(sv.stderr, /packa upp/);
    // Followed, it would be waited on as text that never forms a line: a usage error, as a gzip is.
    const followed = await runCliInProcess(['analyze', '--follow', file, '-o', path.join(dir, 'f.json')]);
    assert.equal(followed.code, 2, followed.stderr);
    assert.match(followed.stderr, how);
  });
}

test('a gzip log, and a log that merely mentions "PK" or "BZh" at its start, are still read', async () => {
  const gz = path.join(dir, 'sync.ndjson.gz');
  writeFileSync(gz, gzipSync(log));
  const text = path.join(dir, 'notes.log');
  writeFileSync(text, 'BZh is how bzip2 starts\nPK: a primary key\n');
  for (const file of [gz, text]) {
    const r = await runCliInProcess(['analyze', file, '--format', 'json']);
    assert.notEqual(r.code, 3, r.stderr);
  }
  assert.equal(JSON.parse((await runCliInProcess(['analyze', gz, '--format', 'json'])).stdout).totals.exchanges, 170);
});
