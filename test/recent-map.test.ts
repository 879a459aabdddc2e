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

  it('mayHold says yes exactly when a held key shares the digests or was set without them', () => {
    let s = 7;
    const rnd = (): number => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    // Colliding digests on purpose: 250 full digests for 400 keys, the url digest a function of the full one.
    const full = (key: string): number => Number(key.slice(1)) % 250;
    const digests = (key: string) => ({ urlDigest: () => full(key) % 7, fullDigest: () => full(key) });
    const mine = new RecentMap<{ t: number }>(500, 120);
    const ref = new Reference<{ t: number }>(500, 120);
    const undigested = new Set<string>();
    let now = 0;
    let no = 0;
    for (let i = 0; i < 20_000; i++) {
      now += Math.floor(rnd() * 3);
      const key = `k${Math.floor(rnd() * 400)}`;
      const op = rnd();
      if (op < 0.4) {
        const bare = rnd() < 0.003;
        mine.set(key, { t: now }, bare ? undefined : digests(key));
        ref.set(key, { t: now });
        if (bare) undigested.add(key);
        else undigested.delete(key);
      } else if (op < 0.5) assert.deepEqual(mine.get(key, now), ref.get(key, now));
      else if (op < 0.6) {
        mine.delete(key);
        ref.map.delete(key);
      } else {
        const held = [...ref.map.keys()];
        const expected = held.some((k) => undigested.has(k) || full(k) === full(key));
        assert.equal(mine.mayHold(digests(key)), expected, `mayHold at ${i}`);
        if (!expected) no++;
      }
    }
    assert.ok(no > 1_000, `the digests ruled out only ${no} keys`);
  });

  it('setAll carries the digests, and the keys set without them', () => {
    const a = new RecentMap<{ t: number }>(1_000);
    const b = new RecentMap<{ t: number }>(1_000);
    const d = (n: number) => ({ urlDigest: () => n, fullDigest: () => n * 10 });
    a.set('x', { t: 1 }, d(1));
    a.setAll(b);
    b.set('y', { t: 2 }, d(2));
    a.setAll(b);
    assert.equal(a.mayHold(d(2)), true);
    assert.equal(a.mayHold(d(3)), false);
    b.set('z', { t: 3 });
    a.setAll(b);
    assert.equal(a.mayHold(d(3)), true);
    a.delete('z');
    assert.equal(a.mayHold(d(3)), false);
  });

  it('drops the oldest entries past maxSize', () => {
    const m = new RecentMap<{ t: number }>(1_000_000, 3);
    for (let i = 0; i < 5; i++) m.set(`k${i}`, { t: i });
    assert.equal(m.get('k1', 5), undefined);
    assert.deepEqual(m.get('k2', 5), { t: 2 });
    assert.deepEqual(m.get('k4', 5), { t: 4 });
  });
});
