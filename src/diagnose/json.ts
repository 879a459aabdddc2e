/** Guards for reading a state back from JSON that may have been edited or cut short. */

export function asObject(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function asNumber(v: unknown, fallback = 0): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function asOptionalNumber(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * Reads pairs written by writeNumberPairs ([firstKey, value, keyStep, value, ...]) into a map,
 * summing repeats. Keys are delta-encoded because they are sorted seconds or hours.
 */
const MAX_KEY = 8.64e12; // seconds in JavaScript's date range

export function readNumberPairs(v: unknown, into: Map<number, number>): void {
  if (!Array.isArray(v)) return;
  let key = 0;
  for (let i = 0; i + 1 < v.length; i += 2) {
    const step = v[i];
    const n = v[i + 1];
    if (
      typeof step !== 'number' ||
      typeof n !== 'number' ||
      !Number.isSafeInteger(step) ||
      !Number.isSafeInteger(n) ||
      n < 0
    )
      return;
    if (i > 0 && step <= 0) return;
    key += step;
    // Keys are seconds or hours: past the date range (a hand-edited report) they would break every date call.
    if (Math.abs(key) > MAX_KEY) return;
    into.set(key, (into.get(key) ?? 0) + n);
  }
}

/** Writes a map of numbers as flat, sorted, delta-encoded pairs: small in JSON, exact to read back. */
export function writeNumberPairs(m: ReadonlyMap<number, number>): number[] {
  const keys = [...m.keys()].sort((a, b) => a - b);
  const out: number[] = [];
  let prev = 0;
  for (const k of keys) {
    out.push(k - prev, m.get(k) as number);
    prev = k;
  }
  return out;
}

/** Reads {name: count} into a map of strings, keeping counts that are numbers. */
export function readCounts(v: unknown, into: Map<string, number>, maxKeys = 200): void {
  const o = asObject(v);
  for (const key of Object.keys(o).slice(0, maxKeys)) {
    const n = o[key];
    if (typeof n === 'number' && Number.isFinite(n)) into.set(key, (into.get(key) ?? 0) + n);
  }
}

export function addCount<K>(m: Map<K, number>, key: K, n = 1): void {
  m.set(key, (m.get(key) ?? 0) + n);
}

/** Adds into a count map that may not grow past maxKeys: new keys beyond it are dropped. */
export function addBoundedCount(m: Map<string, number>, key: string, n: number, maxKeys: number): void {
  const cur = m.get(key);
  if (cur !== undefined) m.set(key, cur + n);
  else if (m.size < maxKeys) m.set(key, n);
}

export function topCounts(m: ReadonlyMap<string, number>, n: number): Array<{ name: string; count: number }> {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([name, count]) => ({ name, count }));
}

export function countsToObject(m: ReadonlyMap<string, number>): Record<string, number> {
  // fromEntries defines own properties, so a key such as "__proto__" from a log stays a plain key.
  return Object.fromEntries([...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
