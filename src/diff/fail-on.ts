import { DETECTORS } from '../diagnose/index.js';
import { AppError } from '../errors.js';
import { msg } from '../errors/words.js';
import type { ReportDiff } from './compare.js';

/** A `--fail-on` rule of `diff`: when the current run is worse than the base in this way, exit 1. */
export type FailRule = { kind: 'new' } | { kind: 'up'; percent: number } | { kind: 'diagnostic'; id: string };

/** What made a rule fire: the codes (level:code) or the diagnostic. */
export interface FailMatch {
  rule: string;
  matched: string[];
}

const RULE_HELP = 'new, up:PERCENT% (e.g. up:25%) or diagnostic:ID (e.g. diagnostic:rate-window)';

export function parseFailRules(value: string | undefined): FailRule[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item): FailRule => {
      if (item === 'new') return { kind: 'new' };
      const up = /^up:(\d{1,6}(?:\.\d{1,4})?)%?$/.exec(item);
      if (up) return { kind: 'up', percent: Number(up[1]) };
      const diagnostic = /^diagnostic:([a-z][a-z0-9-]{0,40})$/.exec(item);
      if (diagnostic && DETECTORS.some((d) => d.id === diagnostic[1]))
        return { kind: 'diagnostic', id: diagnostic[1]! };
      if (diagnostic) {
        throw new AppError(
          'BAD_OPTION',
          msg('noSuchDiagnostic', { item, list: DETECTORS.map((d) => d.id).join(', ') }),
        );
      }
      throw new AppError('BAD_OPTION', msg('badFailOnRule', { rules: RULE_HELP, item }));
    });
}

export function ruleName(rule: FailRule): string {
  return rule.kind === 'new' ? 'new' : rule.kind === 'up' ? `up:${rule.percent}%` : `diagnostic:${rule.id}`;
}

/**
 * The rules that fire. `up` compares a code's occurrences per 1,000 calls in
 * both runs, so it covers codes seen in both; a code seen only now is `new`.
 */
export function firedRules(diff: ReportDiff, rules: FailRule[]): FailMatch[] {
  const out: FailMatch[] = [];
  for (const rule of rules) {
    const matched =
      rule.kind === 'new'
        ? diff.codes.filter((c) => c.change === 'new').map((c) => `${c.level}:${c.code}`)
        : rule.kind === 'up'
          ? diff.codes
              .filter((c) => c.shareChange !== null && c.shareChange * 100 >= rule.percent && c.shareChange > 0)
              .map((c) => `${c.level}:${c.code}`)
          : diff.diagnostics.filter((d) => d.id === rule.id && d.current !== null).map((d) => d.id);
    if (matched.length > 0) out.push({ rule: ruleName(rule), matched });
  }
  return out;
}
