import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FileChunks } from '../src/input/file-chunks.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { fixture } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'file-chunks-'));
// Above Buffer's pool size, so every new buffer has memory of its own.
const CHUNK = 8192;

async function readAll(path: string, reuseFromChunk: number): Promise<{ bytes: Buffer; memories: number }> {
  const reader = new FileChunks(path, CHUNK);
  const copies: Buffer[] = [];
  const memories = new Set<ArrayBufferLike>();
  let n = 0;
  for await (const chunk of reader.chunks()) {
    if (n++ === reuseFromChunk) reader.reuseMemory();
    copies.push(Buffer.from(chunk));
    memories.add(chunk.buffer);
  }
  return { bytes: Buffer.concat(copies), memories: memories.size };
}

test('a file read in chunks gives its bytes; once memory may be reused, two buffers take turns', async () => {
  const path = join(dir, 'bytes.bin');
  const bytes = randomBytes(CHUNK * 10 + 123);
  writeFileSync(path, bytes);
  const fresh = await readAll(path, -1);
  assert.deepEqual(fresh.bytes, bytes);
  assert.equal(fresh.memories, 11);
  const reused = await readAll(path, 0);
  assert.deepEqual(reused.bytes, bytes);
  // The first chunk and the read already under way were new; every later one is one of two.
  assert.equal(reused.memories, 4);
});

test('an empty file gives no chunk, and stop() ends the reading early', async () => {
  const empty = join(dir, 'empty.bin');
  writeFileSync(empty, '');
  assert.equal((await readAll(empty, 0)).bytes.length, 0);
  const path = join(dir, 'stop.bin');
  writeFileSync(path, randomBytes(CHUNK * 4));
  const reader = new FileChunks(path, CHUNK);
  let chunks = 0;
  for await (const _ of reader.chunks()) if (++chunks === 2) reader.stop();
  assert.ok(chunks <= 3, `read ${chunks} chunks after stop`);
});

/** The whole report, with the input's name as stdin's and without the run's own facts (time, tool). */
function comparable(stdout: string, path: string) {
  const report = JSON.parse(stdout.replaceAll(JSON.stringify(path).slice(1, -1), '<stdin>'));
  delete report.tool;
  delete report.generatedAt;
  return report;
}

/** A copy of `text` repeated past `bytes`. */
function repeated(text: string, bytes: number): string {
  return text.repeat(Math.ceil(bytes / text.length));
}

function harOf(path: string, bytes: number): string {
  const har = JSON.parse(readFileSync(path, 'utf8'));
  const entries = har.log.entries;
  const size = JSON.stringify(entries).length;
  const big = structuredClone(entries[0]);
  big.response.content = { size: 2_500_000, mimeType: 'application/json', text: 'x'.repeat(2_500_000) };
  const copies = Array.from({ length: Math.ceil(bytes / size) }, () => entries);
  har.log.entries = [...copies.flat(), big, ...entries];
  return JSON.stringify(har, null, 2);
}

// Every reader of a file (lines, JSON values, HAR entries) keeps parts of records that cross chunks:
// files of several 1 MB chunks, with records across every boundary, must read as the same bytes on stdin.
const LOGS: Array<[string, () => string]> = [
  [
    'NDJSON with a 2.5 MB line',
    () =>
      repeated(readFileSync(fixture('demo', 'nightly-sync.ndjson'), 'utf8'), 2_500_000) +
      `${JSON.stringify({ level: 'info', msg: 'padding', pad: 'x'.repeat(2_500_000) })}\n` +
      readFileSync(fixture('demo', 'nightly-sync.ndjson'), 'utf8'),
  ],
  ['HAR', () => harOf(fixture('har', 'chromium-marketo-sync.har'), 3_500_000)],
  [
    'JSON array with a 2.5 MB value',
    () => {
      const records = JSON.parse(readFileSync(fixture('json', 'datadog-export-as-array.json'), 'utf8'));
      const many = Array.from({ length: Math.ceil(3_000_000 / 9000) }, () => records).flat();
      return JSON.stringify([...many, { message: 'x'.repeat(2_500_000) }, ...records], null, 2);
    },
  ],
  ['text log', () => repeated(readFileSync(fixture('python', 'requests-logging-text.log'), 'utf8'), 3_000_000)],
  // Records over several lines, joined again by the text readers.
  [
    'util.inspect records',
    () => repeated(readFileSync(fixture('node-clients', 'got-winston-pretty.log'), 'utf8'), 3_000_000),
  ],
  ['Go request dumps', () => repeated(readFileSync(fixture('clients', 'go-httputil-dump.log'), 'utf8'), 3_000_000)],
];

for (const [name, make] of LOGS) {
  test(`${name} over several chunks: the file reads as the same bytes on stdin do`, async () => {
    const path = join(dir, `${name.replaceAll(' ', '-')}.log`);
    const text = make();
    writeFileSync(path, text);
    const fromFile = await runCliInProcess(['analyze', '--jobs', '1', path]);
    const fromStdin = await runCliInProcess(['analyze', '--jobs', '1', '-'], text);
    assert.equal(fromFile.code, fromStdin.code, fromFile.stderr);
    const file = comparable(fromFile.stdout, path);
    assert.ok(file.totals.exchanges > 100, `only ${file.totals.exchanges} calls`);
    // Every sample, count and diagnostic: a view kept into a reused chunk would show other bytes.
    assert.deepEqual(file, comparable(fromStdin.stdout, path));
  });
}
