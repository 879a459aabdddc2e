import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { JsonValueSplitter } from '../src/input/json-values.js';
import { LineSplitter } from '../src/input/line-splitter.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';
import { fixture } from './helpers/run-cli.js';
import { chunksOf, splitChunks } from './helpers/split-chunks.js';

// A search API's export is one JSON document, often larger than the cap on one record (an
// Elasticsearch page of 10,000 hits): past the cap its records array is read element by element,
// instead of the whole document being skipped as one over-long record.

const run = (text: string, chunkSize: number, cap: number) =>
  splitChunks(new JsonValueSplitter(cap), chunksOf(text, chunkSize));

const hit = (i: number) => ({ _id: `h${i}`, _source: { message: `call ${i}`, tags: ['a', '[b]'], note: '} ] {' } });

test('a document over the cap is read as the elements of the array it is made of, with their lines', () => {
  const hits = Array.from({ length: 30 }, (_, i) => hit(i));
  const doc = { took: 5, _shards: { failed: 0, failures: [] }, hits: { total: { value: 30 }, hits }, aggs: { x: 1 } };
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  const lines = text.split('\n');
  const want = hits.map((h) => {
    const at = lines.findIndex((l) => l.includes(`"_id": "${h._id}"`));
    return [at, JSON.stringify(h)] as const; // the element opens on the line before its _id
  });
  for (const size of [1, 7, 100, 4096, text.length]) {
    const r = run(text, size, 600);
    assert.deepEqual(
      r.lines.map(([line, t]) => [line, JSON.stringify(JSON.parse(t))]),
      want,
      `chunks of ${size}`,
    );
    assert.deepEqual(r.oversized, [], `chunks of ${size}`);
    assert.equal(r.truncated, undefined);
  }
});

test('an element over the cap is skipped and reported; a document with no array over the cap still is', () => {
  const huge = { _id: 'big', _source: { message: 'x'.repeat(2000) } };
  const text = JSON.stringify({ hits: [hit(1), huge, hit(2), ...Array.from({ length: 10 }, (_, i) => hit(3 + i))] });
  const r = run(text, 64, 800);
  assert.equal(r.lines.length, 12);
  assert.deepEqual(r.oversized, [{ line: 1, bytes: JSON.stringify(huge).length }]);
  const flat = JSON.stringify({ message: 'y'.repeat(3000), meta: { a: 1 } });
  assert.deepEqual(run(flat, 64, 800).oversized, [{ line: 1, bytes: flat.length }]);
});

test('an Elasticsearch export over the cap gives every call, as the same export under the cap does', () => {
  const doc = JSON.parse(readFileSync(fixture('platforms', 'elasticsearch-search.json'), 'utf8'));
  const page: unknown[] = [];
  for (let i = 0; i < 4000; i++) {
    // Each copy a call of its own: a requestId seen again is a repeat of the same call.
    const hit = JSON.parse(JSON.stringify(doc.hits.hits[i % doc.hits.hits.length]));
    const body = hit._source.http.response.body;
    body.content = body.content.replace(/"requestId":"[^"]*"/, `"requestId":"c${i}#18f3c2a"`);
    page.push({ ...hit, _id: `id${i}` });
  }
  const text = JSON.stringify({ ...doc, hits: { ...doc.hits, hits: page } }, null, 2);
  assert.ok(text.length < 8 * 1024 * 1024, 'small enough for one record at the default cap');
  const whole = analyseLines('json', [text]);
  const s = new JsonValueSplitter(256 * 1024);
  const records = [...s.push(Buffer.from(text)).lines, ...s.end().lines];
  const split = analyseLines(
    'json',
    records.map((l) => l.bytes.toString('utf8')),
  );
  assert.equal(whole.totals.exchanges, 4000);
  assert.deepEqual(split.totals, whole.totals);
  // Samples name lines, which differ by construction here (one line against one per record); the counts may not.
  for (const level of ['http', 'response', 'record'] as const)
    assert.deepEqual(codeCounts(split, level), codeCounts(whole, level), level);
});

test('an NDJSON line over the cap that holds such a document is read as its records, on its line', () => {
  const hits = Array.from({ length: 40 }, (_, i) => hit(i));
  const doc = JSON.stringify({ took: 3, hits: { hits } });
  const broken = JSON.stringify({ hits: { hits } }).slice(0, -30);
  const text = `{"a":1}\n${doc}\n{"b":2}\n${'{"msg":"'.padEnd(2000, 'x')}"}\n${broken}\n{"c":3}\n`;
  for (const size of [1, 13, 512, text.length]) {
    const { lines, oversized: over } = splitChunks(new LineSplitter(1000), chunksOf(text, size));
    const oversized = over.map((o) => o.line);
    const onLine = (n: number) => lines.filter(([l]) => l === n).map(([, t]) => t);
    assert.deepEqual(onLine(1), ['{"a":1}'], `chunks of ${size}`);
    assert.deepEqual(
      onLine(2).map((t) => JSON.parse(t)._id),
      hits.map((h) => h._id),
      `chunks of ${size}`,
    );
    assert.deepEqual(onLine(3), ['{"b":2}']);
    assert.deepEqual(onLine(6), ['{"c":3}']);
    // A long line with no records in it, and a document cut short, are still over the cap: the report says so.
    assert.deepEqual(oversized, [4, 5], `chunks of ${size}`);
  }
});
