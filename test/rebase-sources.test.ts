import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rebaseSources } from '../src/pipeline/rebase-sources.js';

test('a part of a log renamed to its file, lines moved on: objects, "file:line" and HAR "file:line#entryN"', () => {
  const part = {
    inputs: [{ name: 'big.har@1000', malformed: [{ line: 3 }], range: { start: 1000, end: 2000, lines: 9 } }],
    samples: [
      { requestId: 'a', source: 'big.har@1000:7#entry12' },
      { requestId: 'b', source: 'big.ndjson@1000:4' },
      { requestId: 'c', source: 'other.har:7#entry12' },
    ],
    at: { file: 'big.har@1000', line: 2 },
  };
  const out = rebaseSources(rebaseSources(part, 'big.har@1000', 'big.har', 40), 'big.ndjson@1000', 'big.ndjson', 5);
  assert.equal(out.inputs[0]!.name, 'big.har');
  assert.deepEqual(out.inputs[0]!.malformed, [{ line: 43 }]);
  assert.deepEqual(
    out.samples.map((s) => s.source),
    ['big.har:47#entry12', 'big.ndjson:9', 'other.har:7#entry12'],
  );
  assert.deepEqual(out.at, { file: 'big.har', line: 42 });
});
