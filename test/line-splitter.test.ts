import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineSplitter, type SplitResult } from '../src/input/line-splitter.js';

interface TextLines {
  lines: Array<{ text: string; line: number }>;
  oversized: SplitResult['oversized'];
}

// Lines are views into the chunk that are valid until the next push: decode them at once.
function splitAll(chunks: Buffer[], max = 1024): TextLines {
  const s = new LineSplitter(max);
  const out: TextLines = { lines: [], oversized: [] };
  const take = (r: SplitResult) => {
    out.lines.push(...r.lines.map((l) => ({ text: l.bytes.toString('utf8'), line: l.line })));
    out.oversized.push(...r.oversized);
  };
  for (const c of chunks) take(s.push(c));
  take(s.end());
  return out;
}

test('splits LF and CRLF lines, numbers them (empty ones counted, not handed on), strips a BOM, keeps the last', () => {
  const input = Buffer.from('\uFEFF{"a":1}\r\n{"b":2}\n\n{"c":3}', 'utf8');
  const { lines } = splitAll([input]);
  assert.deepEqual(lines, [
    { text: '{"a":1}', line: 1 },
    { text: '{"b":2}', line: 2 },
    { text: '{"c":3}', line: 4 },
  ]);
});

test('CR line ends only (classic Mac): split at CR, empty lines counted; CRLF logs stay as they were', () => {
  const { lines } = splitAll([Buffer.from('{"a":1}\r{"b":2}\r\r{"c":3}\r', 'utf8')]);
  assert.deepEqual(lines, [
    { text: '{"a":1}', line: 1 },
    { text: '{"b":2}', line: 2 },
    { text: '{"c":3}', line: 4 },
  ]);
  const crlf = splitAll([Buffer.from('{"a":1}\r\n', 'utf8'), Buffer.from('{"b":2}\r', 'utf8')]).lines;
  assert.deepEqual(crlf, [
    { text: '{"a":1}', line: 1 },
    { text: '{"b":2}', line: 2 },
  ]);
});

test('gives the same lines whether fed whole or one byte at a time, multi-byte UTF-8 included', () => {
  const input = Buffer.from('{"m":"Fält ‘leadScore’ saknas 🙂"}\r\n{"n":"ö"}\n', 'utf8');
  const whole = splitAll([input]).lines;
  const bytes = splitAll([...input].map((b) => Buffer.from([b]))).lines;
  assert.deepEqual(bytes, whole);
  assert.equal(whole[0]!.text, '{"m":"Fält ‘leadScore’ saknas 🙂"}');
});

test('skips a line over the cap, reports its number and size, and goes on', () => {
  const long = 'x'.repeat(5000);
  const input = Buffer.from(`{"a":1}\n${long}\n{"b":2}\n`);
  for (const chunks of [[input], [input.subarray(0, 100), input.subarray(100, 3000), input.subarray(3000)]]) {
    const { lines, oversized } = splitAll(chunks, 1000);
    assert.deepEqual(
      lines.map((l) => l.line),
      [1, 3],
    );
    assert.deepEqual(oversized, [{ line: 2, bytes: 5000 }]);
  }
});
