import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, renameSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileTailer, type TailEvent } from '../src/follow/tailer.js';

// Driven by check() instead of waiting for fs.watch or the poll: each step is exact.
function tail(file: string, resume?: { ino: number; offset: number }) {
  const seen = { text: '', events: [] as TailEvent[], offsets: [] as number[], problems: [] as string[] };
  const tailer = new FileTailer(
    file,
    {
      data: (chunk, offset) => {
        seen.text += chunk.toString('utf8');
        seen.offsets.push(offset);
      },
      event: (e) => seen.events.push(e),
      problem: (m) => seen.problems.push(m),
    },
    { pollMs: 60_000, resume },
  );
  return { tailer, seen };
}

const dir = () => mkdtempSync(path.join(tmpdir(), 'marketo-tailer-'));

test('tailer: reads what is there, then each append, once', async () => {
  const file = path.join(dir(), 'a.log');
  writeFileSync(file, 'one\n');
  const { tailer, seen } = tail(file);
  await tailer.start();
  appendFileSync(file, 'two\n');
  await tailer.check();
  await tailer.check();
  appendFileSync(file, 'thr');
  await tailer.stop();
  assert.equal(seen.text, 'one\ntwo\nthr');
  assert.deepEqual(seen.offsets, [0, 4, 8]);
  assert.deepEqual(seen.events, []);
});

test('tailer: a rename finishes the old file first, then reads the new one from 0', async () => {
  const file = path.join(dir(), 'a.log');
  writeFileSync(file, 'one\n');
  const { tailer, seen } = tail(file);
  await tailer.start();
  appendFileSync(file, 'two\n');
  renameSync(file, `${file}.1`);
  appendFileSync(`${file}.1`, 'late\n'); // still written by the old handle's owner before it reopens
  await tailer.check(); // the name is gone for a moment: nothing is lost, nothing said
  writeFileSync(file, 'new\n');
  await tailer.stop();
  assert.equal(seen.text, 'one\ntwo\nlate\nnew\n');
  assert.deepEqual(seen.events, ['rotated']);
});

test('tailer: copytruncate restarts at 0 without reading anything twice', async () => {
  const file = path.join(dir(), 'a.log');
  writeFileSync(file, 'one\ntwo\n');
  const { tailer, seen } = tail(file);
  await tailer.start();
  truncateSync(file, 0);
  await tailer.check();
  appendFileSync(file, 'three\n');
  await tailer.stop();
  assert.equal(seen.text, 'one\ntwo\nthree\n');
  assert.deepEqual(seen.events, ['truncated']);
});

test('tailer: a missing file is waited for (said once), and found when it appears', async () => {
  const d = dir();
  const file = path.join(d, 'later.log');
  const { tailer, seen } = tail(file);
  await tailer.start();
  await tailer.check();
  await tailer.check();
  writeFileSync(file, 'here\n');
  await tailer.check();
  rmSync(file);
  await tailer.stop();
  assert.deepEqual(seen.events, ['waiting', 'appeared']);
  assert.equal(seen.text, 'here\n');
});

test('tailer: resumes at a saved offset only in the same file', async () => {
  const file = path.join(dir(), 'a.log');
  writeFileSync(file, 'one\ntwo\n');
  const { ino } = statSync(file);
  const same = tail(file, { ino, offset: 4 });
  await same.tailer.start();
  await same.tailer.stop();
  assert.equal(same.seen.text, 'two\n');
  const other = tail(file, { ino: ino + 1, offset: 4 });
  await other.tailer.start();
  await other.tailer.stop();
  assert.equal(other.seen.text, 'one\ntwo\n', 'another inode: the file was rotated while stopped');
  const shorter = tail(file, { ino, offset: 100 });
  await shorter.tailer.start();
  await shorter.tailer.stop();
  assert.equal(shorter.seen.text, 'one\ntwo\n', 'shorter than the offset: truncated while stopped');
});
