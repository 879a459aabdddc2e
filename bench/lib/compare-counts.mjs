// Compares counts from any contender with FILE.expected.json. Accepts either the
// baselines' shape (levels.{level}.{code}) or a marketo-errors report
// (levels.{level}.codes[] as in src/report/model.ts).

/** Must match exactly for "counts ok". */
export const STRICT_TOTALS = ['exchanges', 'marketoCalls', 'malformed', 'noResponse', 'other'];
/** Reported when different, but definitions may reasonably differ. */
export const SOFT_TOTALS = ['failedCalls', 'quotaCalls', 'unrecognised'];

export function normaliseCounts(x) {
  const levels = { http: {}, response: {}, record: {} };
  for (const level of Object.keys(levels)) {
    const src = x?.levels?.[level];
    if (Array.isArray(src?.codes)) {
      for (const c of src.codes) levels[level][String(c.code)] = { count: c.count, exchanges: c.exchanges };
    } else if (src) {
      for (const [code, c] of Object.entries(src)) levels[level][code] = { count: c.count, exchanges: c.exchanges };
    }
  }
  return { totals: x?.totals ?? {}, levels };
}

/** Returns { ok, strict: [...mismatch strings], soft: [...] }. */
export function compareCounts(expected, actualRaw) {
  const actual = normaliseCounts(actualRaw);
  const strict = [];
  const soft = [];
  for (const k of STRICT_TOTALS) {
    if (expected.totals[k] !== actual.totals[k])
      strict.push(`totals.${k}: expected ${expected.totals[k]}, got ${actual.totals[k]}`);
  }
  for (const level of ['http', 'response', 'record']) {
    const e = expected.totals.findings[level];
    const a = actual.totals.findings?.[level];
    if (e !== a) strict.push(`totals.findings.${level}: expected ${e}, got ${a}`);
    const codes = new Set([...Object.keys(expected.levels[level]), ...Object.keys(actual.levels[level])]);
    for (const code of codes) {
      const ec = expected.levels[level][code];
      const ac = actual.levels[level][code];
      for (const f of ['count', 'exchanges']) {
        if (ec?.[f] !== ac?.[f]) strict.push(`${level} ${code} ${f}: expected ${ec?.[f] ?? 0}, got ${ac?.[f] ?? 0}`);
      }
    }
  }
  for (const k of SOFT_TOTALS) {
    if (expected.totals[k] !== actual.totals[k])
      soft.push(`totals.${k}: expected ${expected.totals[k]}, got ${actual.totals[k]}`);
  }
  return { ok: strict.length === 0, strict, soft };
}
