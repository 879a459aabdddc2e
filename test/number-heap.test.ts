import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MinHeap } from '../src/diagnose/heap.js';
import { NumberHeap } from '../src/diagnose/number-heap.js';

describe('NumberHeap', () => {
  it('gives out keys, values and tags in the order MinHeap gives its items, ties included', () => {
    for (let seed = 1; seed <= 20; seed++) {
      let s = seed;
      const rand = (n: number): number => {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        return s % n;
      };
      const plain = new MinHeap<{ key: number; value: number; tag: number }>((item) => item.key);
      const typed = new NumberHeap();
      const fromPlain: number[][] = [];
      const fromTyped: number[][] = [];
      // Few distinct keys, so that many items tie; past the first 256 items, so that the arrays grow.
      for (let step = 0; step < 3_000; step++) {
        if (rand(3) > 0 || plain.size === 0) {
          const item = { key: rand(40) * 0.5, value: step, tag: rand(4) };
          plain.push(item);
          typed.push(item.key, item.value, item.tag);
        } else {
          const p = plain.pop()!;
          fromPlain.push([p.key, p.value, p.tag]);
          const key = typed.pop();
          fromTyped.push([key, typed.poppedValue, typed.poppedTag]);
        }
        assert.equal(typed.size, plain.size);
        if (plain.size > 0) assert.equal(typed.peek(), plain.peek()!.key);
      }
      while (plain.size > 0) {
        const p = plain.pop()!;
        fromPlain.push([p.key, p.value, p.tag]);
        fromTyped.push([typed.pop(), typed.poppedValue, typed.poppedTag]);
      }
      assert.ok(fromPlain.length > 500);
      assert.deepEqual(fromTyped, fromPlain);
    }
  });
});
