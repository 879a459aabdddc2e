import { centralDayOfHour, HOUR_MS } from './central-time.js';
import type { ExchangeFacts } from './facts.js';
import { addCount, asNumber, asObject, readNumberPairs, writeNumberPairs } from './json.js';

export const DEFAULT_DAILY_QUOTA = 50_000;
/** Warn when a day uses more than this share of the quota. */
const WARN_SHARE = 0.8;
const WORST_DAYS = 5;

export interface DailyQuotaEvidence {
  dailyQuota: number;
  /** The busiest US Central days, busiest first; share is calls / dailyQuota. */
  worstDays: Array<{ day: string; calls: number; share: number }>;
  daysAbove80: number;
  daysOverQuota: number;
  count607: number;
  /** US Central days on which Marketo answered 607. */
  days607: string[];
}

/**
 * Quota calls per UTC hour. A US Central day is made of whole UTC hours, so
 * days are put together at the end and Intl is never needed per call.
 */
export class DailyQuotaDetector {
  private readonly byHour = new Map<number, number>();
  private readonly r607ByHour = new Map<number, number>();
  private count607 = 0;

  add(f: ExchangeFacts): void {
    if (f.has607 && f.apiCall) {
      this.count607++;
      if (f.t !== undefined) addCount(this.r607ByHour, Math.floor(f.t / HOUR_MS));
    }
    if (f.counted && f.t !== undefined) addCount(this.byHour, Math.floor(f.t / HOUR_MS));
  }

  merge(other: DailyQuotaDetector): void {
    for (const [k, v] of other.byHour) addCount(this.byHour, k, v);
    for (const [k, v] of other.r607ByHour) addCount(this.r607ByHour, k, v);
    this.count607 += other.count607;
  }

  /** Quota calls per US Central day ('YYYY-MM-DD'). */
  perDay(): Map<string, number> {
    const days = new Map<string, number>();
    for (const [hour, n] of this.byHour) addCount(days, centralDayOfHour(hour), n);
    return days;
  }

  finish(dailyQuota: number): { severity: 'error' | 'warning'; evidence: DailyQuotaEvidence } | null {
    const days = this.perDay();
    let above = 0;
    let over = 0;
    for (const n of days.values()) {
      if (n > WARN_SHARE * dailyQuota) above++;
      if (n > dailyQuota) over++;
    }
    if (above === 0 && this.count607 === 0) return null;
    const worstDays = [...days.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, WORST_DAYS)
      .map(([day, calls]) => ({ day, calls, share: Math.round((calls / dailyQuota) * 1000) / 1000 }));
    const days607 = [...new Set([...this.r607ByHour.keys()].map(centralDayOfHour))].sort();
    return {
      severity: this.count607 > 0 ? 'error' : 'warning',
      evidence: { dailyQuota, worstDays, daysAbove80: above, daysOverQuota: over, count607: this.count607, days607 },
    };
  }

  toJSON(): unknown {
    return { byHour: writeNumberPairs(this.byHour), r607ByHour: writeNumberPairs(this.r607ByHour), count607: this.count607 };
  }

  static fromJSON(json: unknown): DailyQuotaDetector {
    const o = asObject(json);
    const d = new DailyQuotaDetector();
    readNumberPairs(o.byHour, d.byHour);
    readNumberPairs(o.r607ByHour, d.r607ByHour);
    d.count607 = asNumber(o.count607);
    return d;
  }
}
