import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineSplitter } from '../src/input/line-splitter.js';

// Runs of empty lines (a gzip of gigabytes of newlines is a few megabytes) are
// counted, never handed on one by one: they cost a memcmp, not an object each.

function split(chunks: Buffer[]) {
  const s = new LineSplitter(1 << 20);
  const lines: Array<[number, string]> = [];
  for (const c of chunks) for (const l of s.push(c).lines) lines.push([l.line, l.bytes.toString()]);
  for (const l of s.end().lines) lines.push([l.line, l.bytes.toString()]);
  return { lines, seen: s.linesSeen };
}

test('empty lines, LF or CRLF, are skipped and still counted, whatever the chunking', () => {
  const text = Buffer.from('a\n\n\n\r\n\n\r\nb\r\n\n' + '\n'.repeat(10_000) + 'c\n\r\n');
  const expected = [
    [1, 'a'],
    [7, 'b'],
    [10_009, 'c'],
  ];
  for (const size of [1, 2, 3, 7, 4096, text.length]) {
    const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
      text.subarray(i * size, (i + 1) * size),
    );
    const { lines, seen } = split(chunks);
    assert.deepEqual(lines, expected, `chunks of ${size}`);
    assert.equal(seen, 10_010, `chunks of ${size}`);
  }
});

test('a partial line before a run of newlines is finished by the first one', () => {
  const { lines } = split([Buffer.from('{"a":'), Buffer.from('1}\n\n\n{"b":2}\n')]);
  assert.deepEqual(lines, [
    [1, '{"a":1}'],
    [4, '{"b":2}'],
  ]);
});

test('64 MB of newlines yields no line objects at all', () => {
  const s = new LineSplitter(1 << 20);
  const chunk = Buffer.alloc(1 << 20, 0x0a);
  let handed = 0;
  for (let i = 0; i < 64; i++) handed += s.push(chunk).lines.length;
  handed += s.end().lines.length;
  assert.equal(handed, 0);
  assert.equal(s.linesSeen, 64 << 20);
});

test('HAR: entries after runs of blank lines (LF, CRLF, spaced) keep their line numbers, however chunked', async () => {
  const { HarScanner } = await import('../src/input/har/scanner.js');
  const blank = '\n'.repeat(9000) + '\r\n'.repeat(50) + ' \n'.repeat(5000);
  const text = `${blank}{"log":${blank}{"entries":[${blank}{"a":1},${blank}{"b":\n2}${blank}]}}${blank}`;
  const perBlank = 9000 + 50 + 5000;
  for (const size of [1, 3, 4096, 5000, text.length]) {
    const scanner = new HarScanner({});
    const buf = Buffer.from(text);
    const lines: number[] = [];
    for (let i = 0; i < buf.length; i += size)
      for (const e of scanner.push(buf.subarray(i, i + size))) lines.push(e.line);
    assert.deepEqual(scanner.end(), { ok: true, entries: 2 }, `chunks of ${size}`);
    assert.deepEqual(lines, [3 * perBlank + 1, 4 * perBlank + 1], `chunks of ${size}`);
  }
});

test('JSON values after runs of blank lines keep their line numbers, whatever the chunking', async () => {
  const { JsonValueSplitter } = await import('../src/input/json-values.js');
  const blank = '\n'.repeat(9000);
  const text = `[${blank}{"a":\n1},${blank}{"b":2}]\n${blank}{"c":3}\n`;
  for (const size of [1, 7, 4096, text.length]) {
    const splitter = new JsonValueSplitter(1 << 20);
    const buf = Buffer.from(text);
    const got: Array<[number, string]> = [];
    for (let i = 0; i < buf.length; i += size) {
      for (const l of splitter.push(buf.subarray(i, i + size)).lines) got.push([l.line, l.bytes.toString()]);
    }
    const expected = [
      [9001, '{"a":\n1}'],
      [18_002, '{"b":2}'],
      [27_003, '{"c":3}'],
    ];
    assert.deepEqual(got, expected, `chunks of ${size}`);
  }
});
