import type { Classified } from '../classify/finding.js';
import { centralDay } from '../diagnose/central-time.js';
import { dateTime } from './date-time.js';
import type { Exchange } from '../normalise/exchange.js';
import type { StatsResponse } from '../normalise/stats-body.js';
import type { InstanceReport } from './report-model.js';

/** Days and codes kept: a log spans days, not years; a hostile one cannot grow this without end. */
const MAX_DAYS = 400;
const MAX_CODES_PER_DAY = 100;
const MAX_USERS_PER_DAY = 100;

/** Codes in numeric order (606 before 1016), others after in text order. */
function numericFirst(a: string, b: string): number {
  const x = /^\d+$/.test(a) ? Number(a) : Number.POSITIVE_INFINITY;
  const y = /^\d+$/.test(b) ? Number(b) : Number.POSITIVE_INFINITY;
  return x - y || (a < b ? -1 : a > b ? 1 : 0);
}

type DayCounts = Map<string, Map<string, number>>;

function bump(m: DayCounts, day: string, key: string, n: number, maxKeys: number, max = false): void {
  let inner = m.get(day);
  if (!inner) {
    if (m.size >= MAX_DAYS) return;
    m.set(day, (inner = new Map()));
  }
  const current = inner.get(key);
  if (current === undefined && inner.size >= maxKeys) return;
  inner.set(key, max ? Math.max(current ?? 0, n) : (current ?? 0) + n);
}

/**
 * Marketo's own per-day counts (from stats responses) beside this log's: the
 * log's response-level codes and quota calls per US Central day, the day
 * Marketo's counters reset on. Marketo's counts only grow during a day, so a
 * day seen twice keeps the larger count; the log's counts add up.
 */
export class InstanceStats {
  readonly marketoErrors: DayCounts = new Map();
  readonly marketoUsers: DayCounts = new Map();
  readonly marketoTotals = new Map<string, number>();
  readonly logErrors: DayCounts = new Map();
  readonly logCalls = new Map<string, number>();

  get empty(): boolean {
    return this.marketoTotals.size + this.logErrors.size + this.logCalls.size === 0;
  }

  /** One call of this log. */
  addCall(ex: Exchange, classified: Classified): void {
    const t = dateTime(ex.startedAt);
    if (t === undefined) return;
    const day = centralDay(t);
    if (classified.countsAgainstQuota && (this.logCalls.has(day) || this.logCalls.size < MAX_DAYS)) {
      this.logCalls.set(day, (this.logCalls.get(day) ?? 0) + 1);
    }
    for (const f of classified.findings)
      if (f.level === 'response') bump(this.logErrors, day, f.code, 1, MAX_CODES_PER_DAY);
  }

  addMarketo(stats: StatsResponse): void {
    const target = stats.kind === 'errors' ? this.marketoErrors : this.marketoUsers;
    for (const d of stats.days) {
      const totalKey = `${stats.kind}:${d.date}`;
      if (this.marketoTotals.has(totalKey) || this.marketoTotals.size < MAX_DAYS * 2) {
        this.marketoTotals.set(totalKey, Math.max(this.marketoTotals.get(totalKey) ?? 0, d.total));
      }
      const cap = stats.kind === 'errors' ? MAX_CODES_PER_DAY : MAX_USERS_PER_DAY;
      for (const c of d.counts) bump(target, d.date, c.key, c.count, cap, true);
    }
  }

  merge(other: InstanceStats): void {
    for (const [day, codes] of other.marketoErrors)
      for (const [k, n] of codes) bump(this.marketoErrors, day, k, n, MAX_CODES_PER_DAY, true);
    for (const [day, users] of other.marketoUsers)
      for (const [k, n] of users) bump(this.marketoUsers, day, k, n, MAX_USERS_PER_DAY, true);
    for (const [k, n] of other.marketoTotals) this.marketoTotals.set(k, Math.max(this.marketoTotals.get(k) ?? 0, n));
    for (const [day, codes] of other.logErrors)
      for (const [k, n] of codes) bump(this.logErrors, day, k, n, MAX_CODES_PER_DAY);
    for (const [day, n] of other.logCalls) this.logCalls.set(day, (this.logCalls.get(day) ?? 0) + n);
  }

  /**
   * Every day either side counted, so that reports of parts merge exactly;
   * `instance` is null where Marketo's count is not known.
   */
  toReport(): InstanceReport {
    const errors: InstanceReport['errors'] = [];
    const days = new Set([...this.marketoErrors.keys(), ...this.logErrors.keys()]);
    for (const k of this.marketoTotals.keys()) if (k.startsWith('errors:')) days.add(k.slice('errors:'.length));
    for (const date of [...days].sort()) {
      const known = this.marketoTotals.has(`errors:${date}`);
      const theirs = this.marketoErrors.get(date);
      const mine = this.logErrors.get(date);
      const codes = new Set([...(theirs?.keys() ?? []), ...(mine?.keys() ?? [])]);
      for (const code of [...codes].sort(numericFirst)) {
        errors.push({ date, code, instance: known ? (theirs?.get(code) ?? 0) : null, log: mine?.get(code) ?? 0 });
      }
    }
    const usage: InstanceReport['usage'] = [];
    const usageDays = new Set([...this.marketoUsers.keys(), ...this.logCalls.keys()]);
    for (const date of [...usageDays].sort()) {
      const users = [...(this.marketoUsers.get(date) ?? [])].map(([user, count]) => ({ user, count }));
      users.sort((a, b) => b.count - a.count || (a.user < b.user ? -1 : 1));
      const total = this.marketoTotals.get(`usage:${date}`);
      usage.push({ date, total: total ?? null, log: this.logCalls.get(date) ?? 0, users });
    }
    const errorTotals = [...this.marketoTotals]
      .filter(([k]) => k.startsWith('errors:'))
      .map(([k, total]) => ({ date: k.slice('errors:'.length), total }));
    return { errors, errorTotals, usage };
  }

  static fromReport(report: InstanceReport | undefined): InstanceStats {
    const s = new InstanceStats();
    if (!report) return s;
    for (const e of report.errors) {
      if (e.instance !== null) bump(s.marketoErrors, e.date, e.code, e.instance, MAX_CODES_PER_DAY, true);
      if (e.log > 0) bump(s.logErrors, e.date, e.code, e.log, MAX_CODES_PER_DAY);
    }
    for (const t of report.errorTotals) s.marketoTotals.set(`errors:${t.date}`, t.total);
    for (const u of report.usage) {
      if (u.total !== null) s.marketoTotals.set(`usage:${u.date}`, u.total);
      if (u.log > 0) s.logCalls.set(u.date, u.log);
      for (const user of u.users) bump(s.marketoUsers, u.date, user.user, user.count, MAX_USERS_PER_DAY, true);
    }
    return s;
  }
}
