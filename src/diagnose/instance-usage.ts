import type { InstanceReport } from '../report/model.js';
import type { Assessment, CommonPhrases, DetectorKind } from './detector.js';
import { SectionDetector } from './section-detector.js';
import { sentences } from './words-format.js';

/** Another API user dominates a day when it made more than this share of the instance's calls. */
const DOMINANT_SHARE = 0.5;
const WARN_QUOTA_SHARE = 0.8;
const TOP = 5;
/** Days named in the advice; the evidence holds more. */
const DAYS_NAMED = 3;

export interface InstanceUsageEvidence {
  dailyQuota: number;
  /** Days on which one API user, not this log's integration, made most of the instance's calls. */
  days: Array<{
    date: string;
    total: number;
    log: number;
    user: string;
    userCalls: number;
    userShare: number;
    quotaShare: number;
  }>;
  /** Codes Marketo counted that this log explains only in part: the rest came from other API users. */
  errors: Array<{ date: string; code: string; instance: number; log: number }>;
}

/**
 * Marketo's per-user counts beside this log's calls. A user is taken for
 * another integration when it made more calls than this log did that day.
 */
export function assessInstanceUsage(
  instance: InstanceReport | undefined,
  dailyQuota: number,
): Assessment<InstanceUsageEvidence> | null {
  if (!instance) return null;
  const days: InstanceUsageEvidence['days'] = [];
  for (const d of instance.usage) {
    const top = d.users[0];
    const total = d.total ?? d.users.reduce((n, u) => n + u.count, 0);
    if (!top || total === 0) continue;
    if (top.count / total > DOMINANT_SHARE && top.count > d.log) {
      const quotaShare = total / dailyQuota;
      days.push({
        date: d.date,
        total,
        log: d.log,
        user: top.user,
        userCalls: top.count,
        userShare: top.count / total,
        quotaShare,
      });
    }
  }
  if (days.length === 0) return null;
  const errors = instance.errors
    .filter((e) => e.instance !== null && e.log > 0 && e.instance > e.log)
    .sort((a, b) => b.instance! - a.instance! || (a.date < b.date ? -1 : 1))
    .slice(0, TOP)
    .map((e) => ({ date: e.date, code: e.code, instance: e.instance!, log: e.log }));
  days.sort((a, b) => b.userCalls - a.userCalls || (a.date < b.date ? -1 : 1));
  return {
    severity: days.some((d) => d.quotaShare >= WARN_QUOTA_SHARE) ? 'warning' : 'info',
    evidence: { dailyQuota, days: days.slice(0, TOP), errors },
  };
}

type Day = InstanceUsageEvidence['days'][number];

/** The words of one language for instance-usage. */
export interface InstanceUsagePhrases {
  title(top: Day): string;
  day(d: Day, dailyQuota: number): string;
  /** "this integration made 31 of the instance's 56 606s on 2026-11-02; the rest came from other API users" */
  error(x: InstanceUsageEvidence['errors'][number]): string;
  shared: string;
}

export const instanceUsage: DetectorKind<
  'instance-usage',
  InstanceUsageEvidence,
  SectionDetector<InstanceUsageEvidence>,
  InstanceUsagePhrases
> = {
  id: 'instance-usage',
  stateKey: 'instanceUsage',
  create: () => new SectionDetector((sections, ctx) => assessInstanceUsage(sections.instance, ctx.dailyQuota)),
  fromJSON: () => instanceUsage.create(),
  describe(e, p: InstanceUsagePhrases, _common: CommonPhrases) {
    const days = e.days.slice(0, DAYS_NAMED).map((d) => p.day(d, e.dailyQuota));
    const errors = e.errors.map((x) => p.error(x));
    return {
      title: p.title(e.days[0]!),
      advice: sentences(`${days.join('; ')}.`, errors.length > 0 ? `${errors.join('; ')}.` : '', p.shared),
    };
  },
};
