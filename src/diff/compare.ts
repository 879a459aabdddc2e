import { LEVELS, type Level } from '../catalog/types.js';
import type { Diagnostic } from '../diagnose/types.js';
import { compareCodeNames } from '../report/code-order.js';
import type { Report } from '../aggregate/report-model.js';

export type CodeChange = 'new' | 'up' | 'down' | 'gone' | 'same';
export type DiagnosticChange = 'appeared' | 'cleared' | 'kept';
export type MeasureId = 'rate-window-peak' | 'concurrency-peak' | 'quota-calls' | 'busiest-quota-day';

export interface CodeSide {
  count: number;
  /** Occurrences per 1,000 Marketo calls of that run, 2 decimals. */
  perThousand: number;
}

export interface CodeDiff {
  level: Level;
  code: string;
  change: CodeChange;
  base: CodeSide;
  current: CodeSide;
  /** Relative change of the per-1,000 share (0.25 = 25% more); null when the code is new. */
  shareChange: number | null;
}

export interface DiagnosticDiff {
  id: string;
  change: DiagnosticChange;
  base: Diagnostic['severity'] | null;
  current: Diagnostic['severity'] | null;
}

/** A number of each run; null when the report does not hold it (its diagnostic did not fire). */
export interface MeasureDiff {
  id: MeasureId;
  base: number | null;
  current: number | null;
}

export interface RunSide {
  calls: number;
  failedCalls: number;
  complete: boolean;
}

/**
 * What changed from one run to the next, as data: codes by level and code and
 * diagnostics by id, never by their words, so reports written in different
 * languages compare the same.
 */
export interface ReportDiff {
  base: RunSide;
  current: RunSide;
  codes: CodeDiff[];
  diagnostics: DiagnosticDiff[];
  measures: MeasureDiff[];
}

const CHANGE_ORDER: Record<CodeChange, number> = { new: 0, up: 1, down: 2, gone: 3, same: 4 };

function side(count: number, calls: number): CodeSide {
  return { count, perThousand: calls === 0 ? 0 : Math.round((count * 100_000) / calls) / 100 };
}

function evidenceNumber(report: Report, id: string, pick: (e: Record<string, unknown>) => unknown): number | null {
  const d = report.diagnostics.find((x) => x.id === id);
  const v = d ? pick(d.evidence) : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function measures(report: Report): Record<MeasureId, number | null> {
  return {
    'rate-window-peak': evidenceNumber(report, 'rate-window', (e) => e.peakCalls),
    'concurrency-peak': evidenceNumber(report, 'concurrency', (e) => e.peakInFlight),
    'quota-calls': report.totals.quotaCalls,
    'busiest-quota-day': evidenceNumber(report, 'daily-quota', (e) =>
      Array.isArray(e.worstDays) ? (e.worstDays[0] as { calls?: unknown })?.calls : undefined,
    ),
  };
}

function codeChange(base: CodeSide | undefined, current: CodeSide | undefined): CodeChange {
  if (!base) return 'new';
  if (!current) return 'gone';
  // Runs differ in size: a share of calls says more than a count.
  const [b, c] =
    base.perThousand === current.perThousand ? [base.count, current.count] : [base.perThousand, current.perThousand];
  return c > b ? 'up' : c < b ? 'down' : 'same';
}

export function compareReports(base: Report, current: Report): ReportDiff {
  const sides = (r: Report): Map<string, { level: Level; code: string; side: CodeSide }> => {
    const out = new Map<string, { level: Level; code: string; side: CodeSide }>();
    for (const level of LEVELS) {
      for (const c of r.levels[level].codes)
        out.set(`${level}\u0000${c.code}`, { level, code: c.code, side: side(c.count, r.totals.marketoCalls) });
    }
    return out;
  };
  const b = sides(base);
  const c = sides(current);
  const codes: CodeDiff[] = [];
  for (const key of new Set([...b.keys(), ...c.keys()])) {
    const was = b.get(key);
    const now = c.get(key);
    const { level, code } = (now ?? was)!;
    const zero = { count: 0, perThousand: 0 };
    const baseSide = was?.side ?? zero;
    const currentSide = now?.side ?? zero;
    codes.push({
      level,
      code,
      change: codeChange(was?.side, now?.side),
      base: baseSide,
      current: currentSide,
      shareChange:
        baseSide.perThousand === 0
          ? null
          : Math.round(((currentSide.perThousand - baseSide.perThousand) / baseSide.perThousand) * 10_000) / 10_000,
    });
  }
  codes.sort(
    (x, y) =>
      CHANGE_ORDER[x.change] - CHANGE_ORDER[y.change] ||
      LEVELS.indexOf(x.level) - LEVELS.indexOf(y.level) ||
      compareCodeNames(x.code, y.code),
  );

  const severity = (r: Report): Map<string, Diagnostic['severity']> =>
    new Map(r.diagnostics.map((d) => [d.id, d.severity]));
  const bd = severity(base);
  const cd = severity(current);
  const diagnostics: DiagnosticDiff[] = [...new Set([...bd.keys(), ...cd.keys()])].sort().map((id) => ({
    id,
    change: !bd.has(id) ? 'appeared' : !cd.has(id) ? 'cleared' : 'kept',
    base: bd.get(id) ?? null,
    current: cd.get(id) ?? null,
  }));

  const bm = measures(base);
  const cm = measures(current);
  const run = (r: Report): RunSide => ({
    calls: r.totals.marketoCalls,
    failedCalls: r.totals.failedCalls,
    complete: r.complete,
  });
  return {
    base: run(base),
    current: run(current),
    codes,
    diagnostics,
    measures: (Object.keys(bm) as MeasureId[]).map((id) => ({ id, base: bm[id], current: cm[id] })),
  };
}
