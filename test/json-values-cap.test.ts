import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonValueSplitter } from '../src/input/json-values.js';
import { splitChunks } from './helpers/split-chunks.js';

// JSON that is not NDJSON gets the same cap per record as an NDJSON line:
// one huge element, or a stream that never closes its value, cannot grow memory.

const run = (chunks: Buffer[], cap: number) => splitChunks(new JsonValueSplitter(cap), chunks);

const big = `{"msg":"${'x'.repeat(5000)}"}`;

test('an array element over the cap is skipped and reported with its line and size; the others are kept', () => {
  const text = `[\n{"a":1},\n${big},\n{"b":2}\n]\n`;
  for (const size of [1, 100, 4096, text.length]) {
    const bytes = Buffer.from(text);
    const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    );
    const r = run(chunks, 1000);
    assert.deepEqual(
      r.lines,
      [
        [2, '{"a":1}'],
        [4, '{"b":2}'],
      ],
      `chunks of ${size}`,
    );
    assert.deepEqual(r.oversized, [{ line: 3, bytes: big.length }], `chunks of ${size}`);
    assert.equal(r.truncated, undefined);
  }
});

test('pretty-printed values and stray text lines over the cap are skipped the same way', () => {
  const text = `{\n "a": 1\n}\n${'y'.repeat(3000)}\n${JSON.stringify({ b: 'z'.repeat(3000) }, null, 1)}\n{"c":3}\n`;
  const r = run([Buffer.from(text)], 1000);
  assert.deepEqual(
    r.lines.map(([line]) => line),
    [1, 8],
  );
  assert.deepEqual(
    r.oversized.map((o) => o.line),
    [4, 5],
  );
});

test('a value that never ends (a FIFO feeding endless text) keeps memory flat and ends truncated', () => {
  const s = new JsonValueSplitter(1 << 20);
  s.push(Buffer.from('[{"a":"'));
  const chunk = Buffer.alloc(1 << 20, 0x78);
  const before = process.memoryUsage().arrayBuffers;
  for (let i = 0; i < 200; i++) s.push(chunk);
  const grown = process.memoryUsage().arrayBuffers - before;
  assert.ok(grown < 32 << 20, `buffers grew by ${grown} bytes for 200 MB of input`);
  const end = s.end();
  assert.equal(end.truncated?.line, 1);
});
