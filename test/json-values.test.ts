import { test } from 'node:test';
import assert from 'node:assert/strict';
import { msg } from '../src/errors/words.js';
import { JsonValueSplitter } from '../src/input/json-values.js';
import { sniffFormat } from '../src/input/source.js';
import { fixture, runCli } from './helpers/run-cli.js';

function split(text: string, chunkSize = 0): { records: Array<[number, string]>; truncated?: { line: number } } {
  const s = new JsonValueSplitter(1 << 20);
  const bytes = Buffer.from(text, 'utf8');
  const chunks =
    chunkSize > 0
      ? Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) =>
          bytes.subarray(i * chunkSize, (i + 1) * chunkSize),
        )
      : [bytes];
  const records: Array<[number, string]> = [];
  for (const c of chunks) for (const l of s.push(c).lines) records.push([l.line, l.bytes.toString('utf8')]);
  const end = s.end();
  for (const l of end.lines) records.push([l.line, l.bytes.toString('utf8')]);
  return end.truncated ? { records, truncated: end.truncated } : { records };
}

const ARRAY = '[\n  {"a": "x { [ \\" ]"},\n  {"b": [1, {"c": 2}]}\n]\n';
const PRETTY = '{\n  "a": 1\n}\n{\n  "b": "}"\n}\n';

test('a top-level array gives its elements with the line each starts on, whatever the chunking', () => {
  const whole = split(ARRAY);
  assert.deepEqual(whole.records, [
    [2, '{"a": "x { [ \\" ]"}'],
    [3, '{"b": [1, {"c": 2}]}'],
  ]);
  assert.deepEqual(split(ARRAY, 1), whole);
  assert.deepEqual(split(ARRAY, 7), whole);
});

test('pretty-printed values one after another, and a stray text line among them', () => {
  const { records } = split(PRETTY + 'Error: socket hang up\n{"c":3}\n');
  assert.deepEqual(
    records.map((r) => r[0]),
    [1, 4, 7, 8],
  );
  assert.equal(records[2]![1], 'Error: socket hang up');
  assert.deepEqual(JSON.parse(records[1]![1]), { b: '}' });
  assert.deepEqual(split(PRETTY, 3).records, split(PRETTY).records);
});

test('cut short inside a value: the values before it, and where the cut is', () => {
  assert.deepEqual(split('[{"a":1},\n{"b":').truncated, { line: 2, reason: msg('jsonValueCut') });
  assert.equal(split('[{"a":1},\n{"b":').records.length, 1);
  assert.equal(split('[{"a":1}').truncated?.line, 1);
});

test('sniffing tells NDJSON, HAR and the JSON forms apart', () => {
  assert.equal(sniffFormat(Buffer.from('{"a":1}\n{"a":2}\n')), 'ndjson');
  assert.equal(sniffFormat(Buffer.from('{\n  "log": {\n    "version": "1.2"')), 'har');
  assert.equal(sniffFormat(Buffer.from('[\n  {"a":1}')), 'json');
  assert.equal(sniffFormat(Buffer.from('{\n  "a": 1\n}\n')), 'json');
});

test('a Datadog export as one JSON array and pino output through `jq .` count like their NDJSON', async () => {
  for (const [json, ndjson] of [
    [fixture('json', 'datadog-export-as-array.json'), fixture('ndjson', 'datadog-export.ndjson')],
    [fixture('json', 'pino-http-pretty-printed.json'), fixture('ndjson', 'pino-http.ndjson')],
  ]) {
    const a = JSON.parse((await runCli(['analyze', json!, '--format', 'json'])).stdout);
    const b = JSON.parse((await runCli(['analyze', ndjson!, '--format', 'json'])).stdout);
    assert.equal(a.inputs[0].format, 'json');
    assert.deepEqual(a.totals, b.totals);
    assert.deepEqual(withoutLines(a.levels, json!), withoutLines(b.levels, ndjson!));
  }
});

function withoutLines(levels: unknown, file = ''): unknown {
  return JSON.parse(
    JSON.stringify(levels)
      .replaceAll(file, 'FILE')
      .replace(/"line":\d+/g, '"line":0'),
  );
}

test('two exports one after another (cat a.json b.json), and a value after an array, are read whole and not cut short', () => {
  for (const size of [0, 1, 5]) {
    const two = split('[{"a":1},\n{"b":2}]\n[{"c":3}]\n', size);
    assert.deepEqual(
      two,
      {
        records: [
          [1, '{"a":1}'],
          [2, '{"b":2}'],
          [3, '{"c":3}'],
        ],
      },
      `chunks of ${size}`,
    );
    const then = split('[{"a":1}]\n{\n "b": 2\n}\n', size);
    assert.deepEqual(
      then,
      {
        records: [
          [1, '{"a":1}'],
          [2, '{\n "b": 2\n}'],
        ],
      },
      `chunks of ${size}`,
    );
  }
});

test('a stray closing bracket outside any value is a line of its own, not a shift of every depth after it', () => {
  const { records, truncated } = split('{"a":1}\n}\n{"b":2}\n');
  assert.deepEqual(records, [
    [1, '{"a":1}'],
    [2, '}'],
    [3, '{"b":2}'],
  ]);
  assert.equal(truncated, undefined);
});
