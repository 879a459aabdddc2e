import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OldestFirst } from '../src/util/oldest-first.js';

test('the oldest key still present comes first, whatever was deleted before or after it', () => {
  const live = new Set<string>();
  const order = new OldestFirst<string>();
  for (const k of ['a', 'b', 'c', 'd']) {
    live.add(k);
    order.add(k);
  }
  live.delete('a');
  live.delete('c');
  assert.equal(order.oldest(live), 'b');
  live.delete('b');
  assert.equal(order.oldest(live), 'd');
  live.delete('d');
  assert.equal(order.oldest(live), undefined);
});

test('keys deleted elsewhere are dropped from the queue and the order of the rest is kept', () => {
  const live = new Map<number, true>();
  const order = new OldestFirst<number>();
  // Most keys leave from the middle (a request answered), a few stay: the queue is rebuilt from the map.
  for (let id = 0; id < 20_000; id++) {
    live.set(id, true);
    order.add(id);
    if (id % 100 !== 0) {
      live.delete(id);
      order.compact(live);
    }
  }
  const seen: number[] = [];
  for (let k = order.oldest(live); k !== undefined; k = order.oldest(live)) {
    seen.push(k);
    live.delete(k);
  }
  assert.deepEqual(
    seen,
    Array.from({ length: 200 }, (_, i) => i * 100),
  );
});
