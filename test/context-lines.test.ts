import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextAfter, contextBefore } from '../src/pipeline/context-lines.js';

const MAX = 1 << 20;

function numbered(run: (take: (bytes: Buffer, line: number) => void) => void): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  run((bytes, line) => out.push([bytes.toString('utf8'), line]));
  return out;
}

test('context before a range ends at line 0 whatever blank lines it holds', () => {
  // Blank lines are not handed on by the splitter; numbering from the lines handed on
  // put the last context lines at 1, 2, ... inside the range, where they were counted twice.
  const window = Buffer.from('{"a":1}\n\n{"b":2}\n\n\n{"c":3}\n');
  assert.deepEqual(
    numbered((take) => contextBefore(window, false, MAX, take)),
    [
      ['{"a":1}', -5],
      ['{"b":2}', -3],
      ['{"c":3}', 0],
    ],
  );
});

test('a window cut from the front drops its partial first line and keeps the numbering', () => {
  const window = Buffer.from('tail of a line"}\n{"a":1}\n\n{"b":2}\n');
  assert.deepEqual(
    numbered((take) => contextBefore(window, true, MAX, take)),
    [
      ['{"a":1}', -2],
      ['{"b":2}', 0],
    ],
  );
});

test('context after a range numbers on from its last line, blank lines counted', () => {
  const window = Buffer.from('\n{"a":1}\n\n{"b":2}\n{"c":');
  assert.deepEqual(
    numbered((take) => contextAfter(window, 10, false, MAX, take)),
    [
      ['{"a":1}', 12],
      ['{"b":2}', 14],
    ],
  );
});
