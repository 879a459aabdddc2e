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

test('a full window costs a few steps per key whatever its size: no walk over the keys deleted before', () => {
  for (const window of [500, 40_000]) {
    const live = new Set<number>();
    let steps = 0;
    // The Set as oldest() and compact() see it, counting every key they look at.
    const counted = {
      has: (key: number) => {
        steps++;
        return live.has(key);
      },
      get size() {
        return live.size;
      },
      *keys() {
        for (const key of live) {
          steps++;
          yield key;
        }
      },
    };
    const order = new OldestFirst<number>();
    const keys = window + 120_000;
    for (let i = 0; i < keys; i++) {
      live.add(i);
      order.add(i);
      // A third of the keys leave from the middle (a request answered), the rest as the oldest.
      if (i % 3 === 0 && live.delete(i - 1)) order.compact(counted);
      if (live.size > window) live.delete(order.oldest(counted)!);
    }
    assert.ok(steps < 4 * keys, `window ${window}: ${steps} steps for ${keys} keys`);
  }
});
