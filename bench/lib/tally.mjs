// The expected counts, kept while the generator writes. Field names follow
// src/report/model.ts (totals, levels) so the bench can compare a report directly.

export function createTally() {
  const totals = {
    exchanges: 0,
    marketoCalls: 0,
    failedCalls: 0,
    quotaCalls: 0,
    noResponse: 0,
    other: 0,
    unrecognised: 0,
    malformed: 0,
    blank: 0,
    findings: { http: 0, response: 0, record: 0 },
  };
  const levels = { http: {}, response: {}, record: {} };
  const shapes = {};
  const STARRED = new Set(['600', '601', '602', '604', '605', '608', '611']);

  function call(c, shape) {
    totals.exchanges++;
    totals.marketoCalls++;
    shapes[shape] = (shapes[shape] ?? 0) + 1;
    if (c.noResponse) totals.noResponse++;
    if (c.findings.length > 0) totals.failedCalls++;
    const starred = c.findings.some((f) => f.level === 'response' && STARRED.has(f.code));
    if (c.api !== 'identity' && !starred && !c.noResponse) totals.quotaCalls++;
    const seen = new Set();
    for (const f of c.findings) {
      totals.findings[f.level]++;
      const slot = (levels[f.level][f.code] ??= { count: 0, exchanges: 0 });
      slot.count++;
      const key = `${f.level}/${f.code}`;
      if (!seen.has(key)) {
        seen.add(key);
        slot.exchanges++;
      }
    }
  }

  return {
    call,
    other(shape) {
      totals.exchanges++;
      totals.other++;
      shapes[shape] = (shapes[shape] ?? 0) + 1;
    },
    unrecognised() {
      totals.unrecognised++;
    },
    malformed() {
      totals.malformed++;
    },
    blank() {
      totals.blank++;
    },
    result(extra) {
      return { ...extra, totals, levels: sortLevels(levels), shapes };
    },
  };
}

function sortLevels(levels) {
  const out = {};
  for (const [level, codes] of Object.entries(levels)) {
    out[level] = Object.fromEntries(Object.entries(codes).sort(([a], [b]) => Number(a) - Number(b)));
  }
  return out;
}
