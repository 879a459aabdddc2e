import { centralDayOfHour, HOUR_MS } from './central-time.js';
import type { Assessment, CommonPhrases, Detector, DetectorKind, ExchangeInput, FinishContext } from './detector.js';
import { hourCounts, readHourCounts } from './hour-counts.js';
import { addCount, asNumber, asObject } from './json.js';
import { pct, sentences } from './words-format.js';

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
 * days are put together at the end and Intl is never needed per call. Over a
 * year of hours, hours are counted in wider buckets (hour-counts.ts) and a
 * bucket counts for the day it starts in.
 */
export class DailyQuotaDetector implements Detector<DailyQuotaEvidence> {
  private byHour = hourCounts();
  private r607ByHour = hourCounts();
  private count607 = 0;

  add({ facts: f }: ExchangeInput): void {
    if (!f.apiCall) return;
    if (f.has607) {
      this.count607++;
      if (f.t !== undefined) this.r607ByHour.add(Math.floor(f.t / HOUR_MS));
    }
    if (f.counted && f.t !== undefined) this.byHour.add(Math.floor(f.t / HOUR_MS));
  }

  merge(other: DailyQuotaDetector): void {
    this.byHour.merge(other.byHour);
    this.r607ByHour.merge(other.r607ByHour);
    this.count607 += other.count607;
  }

  /** Quota calls per US Central day ('YYYY-MM-DD'). */
  perDay(): Map<string, number> {
    const days = new Map<string, number>();
    for (const [hour, [n = 0]] of this.byHour.sorted()) addCount(days, centralDayOfHour(hour), n);
    return days;
  }

  finish({ dailyQuota }: FinishContext): Assessment<DailyQuotaEvidence> | null {
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
    const days607 = [...new Set(this.r607ByHour.sorted().map(([hour]) => centralDayOfHour(hour)))].sort();
    return {
      severity: this.count607 > 0 ? 'error' : 'warning',
      evidence: { dailyQuota, worstDays, daysAbove80: above, daysOverQuota: over, count607: this.count607, days607 },
    };
  }

  toJSON(): unknown {
    return {
      byHour: this.byHour.toFlat(),
      hourWidth: this.byHour.width,
      r607ByHour: this.r607ByHour.toFlat(),
      r607HourWidth: this.r607ByHour.width,
      count607: this.count607,
    };
  }

  static fromJSON(json: unknown): DailyQuotaDetector {
    const o = asObject(json);
    const d = new DailyQuotaDetector();
    d.byHour = readHourCounts(o.byHour, o.hourWidth);
    d.r607ByHour = readHourCounts(o.r607ByHour, o.r607HourWidth);
    d.count607 = asNumber(o.count607);
    return d;
  }
}

/** The words of one language for daily-quota. */
export interface DailyQuotaPhrases {
  title607(e: DailyQuotaEvidence): string;
  /** `percent` of the quota that the busiest day's `calls` used ("<1" rather than "0"). */
  titleBusiest(e: DailyQuotaEvidence, calls: number, percent: string): string;
  /** One day of the list in perDay. */
  day(day: string, calls: number, percent: string): string;
  perDay(e: DailyQuotaEvidence, days: string): string;
  /** The log has no timestamps. */
  noTimes: string;
  on607(e: DailyQuotaEvidence): string;
  /** The log holds too few calls to have used the quota up. */
  others: string;
  advice: string;
}

/** Calls as a percentage of the quota; "<1" rather than a misleading "0". */
function percentOf(calls: number, quota: number): string {
  const share = quota > 0 ? calls / quota : 0;
  return share > 0 && pct(share) === '0' ? '<1' : pct(share);
}

export const dailyQuota: DetectorKind<'daily-quota', DailyQuotaEvidence, DailyQuotaDetector, DailyQuotaPhrases> = {
  id: 'daily-quota',
  stateKey: 'quota',
  create: () => new DailyQuotaDetector(),
  fromJSON: (json) => DailyQuotaDetector.fromJSON(json),
  describe(e, p: DailyQuotaPhrases, _common: CommonPhrases) {
    const worst = e.worstDays[0];
    const days = e.worstDays.map((d) => p.day(d.day, d.calls, percentOf(d.calls, e.dailyQuota))).join(', ');
    const worstCalls = worst?.calls ?? 0;
    return {
      title: e.count607 > 0 ? p.title607(e) : p.titleBusiest(e, worstCalls, percentOf(worstCalls, e.dailyQuota)),
      advice: sentences(
        worst === undefined ? p.noTimes : p.perDay(e, days),
        e.count607 > 0 && e.days607.length > 0 ? p.on607(e) : '',
        e.count607 > 0 && worst !== undefined && worst.share < 0.8 ? p.others : '',
        p.advice,
      ),
    };
  },
};
