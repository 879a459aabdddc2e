import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Fifo } from '../src/util/fifo.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

test('items come out in the order they went in, across compactions', () => {
  const q = new Fifo<number>();
  const out: number[] = [];
  for (let i = 0; i < 5_000; i++) {
    q.push(i);
    if (i % 3 !== 0) out.push(q.shift()!);
  }
  assert.equal(q.size, 5_000 - out.length);
  assert.deepEqual(out, [...Array(out.length).keys()]);
  assert.deepEqual(
    [...q],
    [...Array(q.size).keys()].map((k) => k + out.length),
  );
  assert.equal(q.first(), out.length);
  assert.equal(q.last(), 4_999);
});

test('an empty queue gives undefined and its size is 0', () => {
  const q = new Fifo<string>();
  assert.equal(q.shift(), undefined);
  assert.equal(q.first(), undefined);
  assert.equal(q.last(), undefined);
  q.push('a');
  assert.equal(q.shift(), 'a');
  assert.equal(q.last(), undefined);
  assert.equal(q.size, 0);
});

test('refill and clear replace what waits', () => {
  const q = new Fifo<string>();
  for (const s of ['a', 'b', 'c']) q.push(s);
  q.shift();
  q.refill(['x', 'y']);
  assert.deepEqual([...q], ['x', 'y']);
  q.clear();
  assert.equal(q.size, 0);
});

test('a taken item is not kept alive by the queue', async () => {
  const q = new Fifo<object>();
  const refs: Array<WeakRef<object>> = [];
  for (let i = 0; i < 100; i++) {
    const item = { i };
    refs.push(new WeakRef(item));
    q.push(item);
  }
  for (let i = 0; i < 90; i++) q.shift();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  assert.equal(refs.filter((r) => r.deref() !== undefined).length, 10);
});
