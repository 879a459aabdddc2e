import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { limitBytes } from '../src/input/byte-limit.js';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// --max-bytes N bounds the decompressed bytes read from each input (a gzip
// bomb, an endless pipe): past N the input is incomplete, exit 3, said clearly.

const FLAT = readFileSync(fixture('ndjson', 'flat-client.ndjson'));

async function collect(chunks: Buffer[], max: number) {
  async function* source() {
    yield* chunks;
  }
  const limit = limitBytes(source(), max);
  const out: Buffer[] = [];
  for await (const c of limit.chunks) out.push(c);
  return { text: Buffer.concat(out).toString(), exceeded: limit.exceeded };
}

test('limitBytes hands on at most N bytes and says whether there was more', async () => {
  const chunks = ['abc', 'defg', 'hi'].map((s) => Buffer.from(s));
  assert.deepEqual(await collect(chunks, 5), { text: 'abcde', exceeded: true });
  assert.deepEqual(await collect(chunks, 9), { text: 'abcdefghi', exceeded: false });
  assert.deepEqual(await collect(chunks, 7), { text: 'abcdefg', exceeded: true });
});

test('--max-bytes: a gzip that inflates past the limit is read up to it, named, and exits 3', async () => {
  const many = Buffer.concat(Array.from({ length: 200 }, () => FLAT));
  const dir = mkdtempSync(path.join(tmpdir(), 'me-max-'));
  const file = path.join(dir, 'many.ndjson.gz');
  writeFileSync(file, gzipSync(many));
  const whole = await runCliInProcess(['analyze', file, '--format', 'json', '--quiet']);
  assert.equal(whole.code, 0, whole.stderr);
  const { code, stdout, stderr } = await runCliInProcess([
    'analyze',
    file,
    '--format',
    'json',
    '--max-bytes',
    String(FLAT.length * 10),
  ]);
  assert.equal(code, 3, stderr);
  assert.match(stderr, /many\.ndjson\.gz:\d+: stopped after --max-bytes \d+ bytes of decompressed input/);
  assert.doesNotMatch(stderr, /not JSON/, 'the line cut at the limit is not counted as malformed');
  const report = JSON.parse(stdout) as { complete: boolean; totals: { marketoCalls: number } };
  const all = (JSON.parse(whole.stdout) as { totals: { marketoCalls: number } }).totals.marketoCalls;
  assert.equal(report.complete, false);
  assert.ok(
    report.totals.marketoCalls > 0 && report.totals.marketoCalls < all / 10,
    `${report.totals.marketoCalls} of ${all}`,
  );
});

test('--max-bytes on stdin, and an input within the limit is complete', async () => {
  const cut = await runCliInProcess(['analyze', '--format', 'json', '--quiet', '--max-bytes', '100'], FLAT);
  assert.equal(cut.code, 3);
  const ok = await runCliInProcess(
    ['analyze', '--format', 'json', '--quiet', '--max-bytes', String(FLAT.length)],
    FLAT,
  );
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal((JSON.parse(ok.stdout) as { complete: boolean }).complete, true);
});

test('--max-bytes takes a positive number with an optional K, M or G suffix', async () => {
  for (const good of ['100000', '64K', '5M', '2G', '1g']) {
    const { code } = await runCliInProcess(['analyze', '--format', 'json', '--quiet', '--max-bytes', good], FLAT);
    assert.equal(code, 0, good);
  }
  for (const bad of ['0', '-5', 'lots', '1.5M', '10T']) {
    const { code, stderr } = await runCliInProcess(
      ['analyze', '--format', 'json', '--quiet', '--max-bytes', bad],
      FLAT,
    );
    assert.equal(code, 2, bad);
    assert.match(stderr, /--max-bytes/);
  }
});
