import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TimeBuckets } from '../src/util/time-buckets.js';

const LADDER = [1, 5, 10, 60];
const make = (max = 10): TimeBuckets => new TimeBuckets(LADDER, 2, max);

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

describe('TimeBuckets', () => {
  it('keeps every time apart while under the cap', () => {
    const b = make();
    for (const t of [3, 1, 3, 7]) b.add(t);
    b.add(7, 1, 4);
    assert.equal(b.width, 1);
    assert.deepEqual(b.sorted(), [
      [1, [1, 0]],
      [3, [2, 0]],
      [7, [1, 4]],
    ]);
  });

  it('widens to the narrowest width that fits, keeping every count', () => {
    const b = make();
    for (let t = 0; t < 100; t++) b.add(t);
    assert.equal(b.width, 10);
    assert.equal(b.size, 10);
    assert.ok(b.sorted().every(([t, c]) => t % 10 === 0 && c[0] === 10));
    for (let t = 0; t < 2_000; t += 7) b.add(t * 1_000);
    assert.ok(b.size <= 10, `size ${b.size}`);
    assert.ok(b.width > 60, 'doubles past the ladder');
    assert.equal(
      b.sorted().reduce((n, [, c]) => n + c[0]!, 0),
      100 + Math.ceil(2_000 / 7),
    );
  });

  it('two parts merge into what one pass over both holds, however the input is split', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = random(seed);
      const span = [20, 400, 50_000][seed % 3]!;
      const times = Array.from({ length: 300 }, () => Math.floor(r() * span) - (seed % 2) * 1_000);
      const whole = make(25);
      for (const t of times) whole.add(t, Math.abs(t) % 2);
      const at = Math.floor(r() * times.length);
      const a = make(25);
      const b = make(25);
      for (const t of times.slice(0, at)) a.add(t, Math.abs(t) % 2);
      for (const t of times.slice(at)) b.add(t, Math.abs(t) % 2);
      a.merge(b);
      assert.equal(a.width, whole.width, `seed ${seed}`);
      assert.deepEqual(a.sorted(), whole.sorted(), `seed ${seed}`);
    }
  });

  it('widens when the span from first to last bucket would pass maxSpan, and still merges exactly', () => {
    const b = new TimeBuckets(LADDER, 1, 100, 20);
    for (const t of [0, 3, 19]) b.add(t);
    assert.equal(b.width, 1);
    b.add(20);
    assert.equal(b.width, 5);
    assert.deepEqual(b.sorted(), [
      [0, [2]],
      [15, [1]],
      [20, [1]],
    ]);
    for (let seed = 1; seed <= 20; seed++) {
      const r = random(seed);
      const times = Array.from({ length: 50 }, () => Math.floor(r() * 3_000));
      const whole = new TimeBuckets(LADDER, 1, 100, 20);
      const a = new TimeBuckets(LADDER, 1, 100, 20);
      const c = new TimeBuckets(LADDER, 1, 100, 20);
      times.forEach((t, i) => {
        whole.add(t);
        (i % 3 === 0 ? a : c).add(t);
      });
      a.merge(c);
      assert.deepEqual(a.sorted(), whole.sorted(), `seed ${seed}`);
    }
  });

  it('ignores times that are not finite numbers or past the limit', () => {
    const b = make();
    for (const t of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) b.add(t);
    assert.equal(b.slot(Number.NaN), undefined);
    assert.equal(b.size, 0);
    const dated = new TimeBuckets(LADDER, 1, 10, Number.POSITIVE_INFINITY, 100);
    for (const t of [-101, 100, 101, 1e308]) dated.add(t);
    assert.deepEqual(dated.sorted(), [[100, [1]]], 'times past the limit are left out');
  });

  it('reads back what it wrote, negative times included, and stops at damage', () => {
    const b = make();
    for (const t of [-500, -3, 0, 42, 43]) b.add(t, 1, 2);
    const copy = make();
    copy.readFlat(JSON.parse(JSON.stringify(b.toFlat())), b.width);
    assert.deepEqual(copy.sorted(), b.sorted());

    const damaged = make();
    damaged.readFlat([5, 1, 1, 3, 'x', 1, 4, 1, 1], 1);
    assert.deepEqual(damaged.sorted(), [[5, [1, 1]]]);
    const backwards = make();
    backwards.readFlat([5, 1, 1, -2, 1, 1, 0, 1, 1], 1);
    assert.deepEqual(backwards.sorted(), [[5, [1, 1]]]);
    const negative = make();
    negative.readFlat([5, -1, 1], 1);
    assert.equal(negative.size, 0);
    const outOfRange = new TimeBuckets(LADDER, 2, 10, Number.POSITIVE_INFINITY, 1e9);
    outOfRange.readFlat([5, 1, 1, 2e9, 1, 1], 1);
    assert.deepEqual(
      outOfRange.sorted(),
      [[5, [1, 1]]],
      'a start past the bound (a Date could not hold it) ends the read',
    );
  });

  it('reads buckets saved at a wider width into that width', () => {
    const b = make();
    b.readFlat([0, 1, 0, 10, 2, 0], 10);
    assert.equal(b.width, 10);
    b.add(15);
    assert.deepEqual(b.sorted(), [
      [0, [1, 0]],
      [10, [3, 0]],
    ]);
  });
});
