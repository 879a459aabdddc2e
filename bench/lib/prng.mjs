// Seeded randomness for the generator. mulberry32 is tiny, fast and good enough
// for test data; what matters is that the same seed yields the same bytes.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers bound to one generator, so every caller draws from the same sequence. */
export function makeRandom(seed) {
  const next = mulberry32(seed);
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (p) => next() < p;
  /** weights: [[value, weight], ...] */
  const weighted = (weights) => {
    let total = 0;
    for (const [, w] of weights) total += w;
    let r = next() * total;
    for (const [v, w] of weights) {
      r -= w;
      if (r < 0) return v;
    }
    return weights[weights.length - 1][0];
  };
  const hex = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(next() * 16)];
    return s;
  };
  const alnum = (n) => {
    const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let s = '';
    for (let i = 0; i < n; i++) s += abc[Math.floor(next() * abc.length)];
    return s;
  };
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  /** Exponential gap with the given mean, for arrival times. */
  const exp = (mean) => -Math.log(1 - next()) * mean;
  return { next, int, pick, chance, weighted, hex, alnum, uuid, exp };
}
