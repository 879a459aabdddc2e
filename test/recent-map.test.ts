import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecentMap } from '../src/diagnose/recent-map.js';

/** The plain version: a Map walked from the front, as RecentMap was before its queue. */
class Reference<V extends { t: number }> {
  readonly map = new Map<string, V>();
  constructor(
    private readonly maxAgeMs: number,
    private readonly maxSize: number,
  ) {}
  get(key: string, now: number): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined && now - v.t > this.maxAgeMs) {
      this.map.delete(key);
      return undefined;
    }
    return v;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    this.evict(value.t);
  }
  active(now: number): boolean {
    this.evict(now);
    return this.map.size > 0;
  }
  private evict(now: number): void {
    for (const [key, v] of this.map) {
      if (this.map.size > this.maxSize || now - v.t > this.maxAgeMs) this.map.delete(key);
      else break;
    }
  }
}

describe('RecentMap', () => {
  it('answers as the plain walk from the front does, over random sets, gets, deletes and time steps', () => {
    for (let seed = 1; seed <= 10; seed++) {
      let s = seed;
      const rnd = (): number => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
      const mine = new RecentMap<{ t: number }>(500, 300);
      const ref = new Reference<{ t: number }>(500, 300);
      let now = 0;
      for (let i = 0; i < 20_000; i++) {
        now += Math.floor(rnd() * 3);
        const key = `k${Math.floor(rnd() * (seed % 2 === 0 ? 50 : 2_000))}`;
        const op = rnd();
        if (op < 0.5) {
          mine.set(key, { t: now });
          ref.set(key, { t: now });
        } else if (op < 0.7) assert.deepEqual(mine.get(key, now), ref.get(key, now), `get at ${i}`);
        else if (op < 0.8) {
          mine.delete(key);
          ref.map.delete(key);
        } else assert.equal(mine.active(now), ref.active(now), `active at ${i}`);
      }
    }
  });

  it('drops the oldest entries past maxSize', () => {
    const m = new RecentMap<{ t: number }>(1_000_000, 3);
    for (let i = 0; i < 5; i++) m.set(`k${i}`, { t: i });
    assert.equal(m.get('k1', 5), undefined);
    assert.deepEqual(m.get('k2', 5), { t: 2 });
    assert.deepEqual(m.get('k4', 5), { t: 4 });
  });
});
