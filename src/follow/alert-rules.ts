import type { Level } from '../catalog/types.js';
import { msg, renderMessage, type Message } from '../errors/words.js';
import type { LiveNumbers } from './live-metrics.js';

export type AlertMetric = 'rate' | 'inflight' | 'quota' | 'code' | 'level';

/** One `--alert` rule, checked against the live numbers. */
export interface AlertRule {
  /** The rule as the user wrote it, spaces removed: the alert's name in every output. */
  text: string;
  metric: AlertMetric;
  op: '>' | '>=';
  threshold: number;
  /** quota: the threshold is a percentage of --daily-quota. */
  percent: boolean;
  code?: string;
  level?: Level;
}

/** A rule that does not parse; `words` say so in any language, `message` in English. */
export class AlertRuleError extends Error {
  readonly words: Message;
  constructor(readonly spec: string) {
    const words = msg('alertNotRule', { spec });
    super(renderMessage(words, 'en'));
    this.words = words;
    this.name = 'AlertRuleError';
  }
}

export const RULE_EXAMPLES = 'rate>=90, inflight>10, quota>=80%, code:606>0, code:1029, level:response>=10/min';

const OP = '(>=|>)';
const NUM = '(\\d{1,9}(?:\\.\\d{1,3})?)';
const PATTERNS: Array<{ re: RegExp; make: (m: RegExpExecArray) => Omit<AlertRule, 'text'> }> = [
  { re: new RegExp(`^rate${OP}${NUM}$`), make: (m) => simple('rate', m) },
  { re: new RegExp(`^inflight${OP}${NUM}$`), make: (m) => simple('inflight', m) },
  {
    re: new RegExp(`^quota${OP}${NUM}(%?)$`),
    make: (m) => ({ ...simple('quota', m), percent: m[3] === '%' }),
  },
  {
    re: new RegExp(`^code:([A-Za-z0-9_.-]{1,32})(?:${OP}${NUM})?$`),
    make: (m) => ({
      metric: 'code',
      code: m[1]!,
      op: (m[2] ?? '>') as AlertRule['op'],
      threshold: Number(m[3] ?? 0),
      percent: false,
    }),
  },
  {
    re: new RegExp(`^level:(http|response|record)${OP}${NUM}(?:/min)?$`),
    make: (m) => ({
      metric: 'level',
      level: m[1] as Level,
      op: m[2] as AlertRule['op'],
      threshold: Number(m[3]),
      percent: false,
    }),
  },
];

function simple(metric: AlertMetric, m: RegExpExecArray): Omit<AlertRule, 'text'> {
  return { metric, op: m[1] as AlertRule['op'], threshold: Number(m[2]), percent: false };
}

/** `rate>=90`, `inflight>10`, `quota>=80%`, `code:606>0`, `code:1029` (> 0), `level:response>=10/min`. */
export function parseAlertRule(spec: string): AlertRule {
  const text = spec.replace(/\s+/g, '');
  for (const { re, make } of PATTERNS) {
    const m = re.exec(text);
    if (m) return { text, ...make(m) };
  }
  throw new AlertRuleError(spec);
}

/** The rule's measure now: calls per 20 s, requests in flight, % or calls of today's quota, findings per minute. */
export function measure(rule: AlertRule, n: LiveNumbers, dailyQuota: number): number {
  switch (rule.metric) {
    case 'rate':
      return n.rate;
    case 'inflight':
      return n.inflight;
    case 'quota':
      return rule.percent ? Math.round((n.today / dailyQuota) * 1000) / 10 : n.today;
    case 'code':
      return n.codeLastMinute(rule.code!);
    case 'level':
      return n.lastMinute[rule.level!];
  }
}

export function holds(rule: AlertRule, value: number): boolean {
  return rule.op === '>' ? value > rule.threshold : value >= rule.threshold;
}
