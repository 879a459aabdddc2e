import { findEntry } from '../catalog/index.js';
import type { Lang } from '../catalog/types.js';
import type { Diagnostic, DiagnosticId } from '../diagnose/types.js';
import { holds, measure, type AlertRule } from './alert-rules.js';
import type { LiveNumbers } from './live-metrics.js';
import { followWords } from './words.js';

/** One alert starting or clearing: a line of stderr, a line of ndjson, the JSON on --alert-exec's stdin. */
export interface AlertEvent {
  type: 'alert';
  state: 'start' | 'clear';
  rule: string;
  value: number;
  threshold: number;
  /** The rule's measure in words: "95 calls in 20 s". */
  text: string;
  /** The log time the numbers are for (ISO), when the log has times. */
  at: string | null;
  /** "file:line" of the call that started or cleared it, when a call did. */
  source: string | null;
  /** The diagnostic behind the alert, when the log so far shows one. */
  diagnostic: Pick<Diagnostic, 'id' | 'severity' | 'title' | 'evidence' | 'advice'> | null;
  /** What to do: the diagnostic's advice, else the catalog's remedy for the code behind the rule. */
  advice: string | null;
}

/** The diagnostic and the catalog code each kind of rule stands on. */
function basis(rule: AlertRule, topCode: (level: string) => string | undefined): { id?: DiagnosticId; code?: string } {
  switch (rule.metric) {
    case 'rate':
      return { id: 'rate-window', code: '606' };
    case 'inflight':
      return { id: 'concurrency', code: '615' };
    case 'quota':
      return { id: 'daily-quota', code: '607' };
    case 'code': {
      const byCode: Record<string, DiagnosticId> = {
        '606': 'rate-window',
        '615': 'concurrency',
        '607': 'daily-quota',
        '601': 'token-handling',
        '602': 'token-handling',
      };
      return { id: byCode[rule.code!], code: rule.code! };
    }
    case 'level':
      return { code: topCode(rule.level!) };
  }
}

export interface AlertContext {
  lang: Lang;
  dailyQuota: number;
  /** The diagnostics of the log so far; asked only when an alert starts. */
  diagnostics: () => Diagnostic[];
  /** The most frequent code so far at a level. */
  topCode: (level: string) => string | undefined;
}

/**
 * Checks every rule against the live numbers and says when one starts to hold
 * and when it stops: once each, however long it holds.
 */
export class AlertWatcher {
  private readonly active = new Set<string>();
  private firedAny = false;

  constructor(
    private readonly rules: AlertRule[],
    private readonly ctx: AlertContext,
  ) {}

  get fired(): boolean {
    return this.firedAny;
  }

  /** Rules active now, by their text. */
  get activeRules(): string[] {
    return [...this.active];
  }

  check(numbers: LiveNumbers, source: string | null): AlertEvent[] {
    const out: AlertEvent[] = [];
    for (const rule of this.rules) {
      const value = measure(rule, numbers, this.ctx.dailyQuota);
      const on = holds(rule, value);
      if (on === this.active.has(rule.text)) continue;
      if (on) {
        this.active.add(rule.text);
        this.firedAny = true;
      } else this.active.delete(rule.text);
      out.push(this.event(rule, on ? 'start' : 'clear', value, numbers, source));
    }
    return out;
  }

  private event(
    rule: AlertRule,
    state: AlertEvent['state'],
    value: number,
    n: LiveNumbers,
    source: string | null,
  ): AlertEvent {
    const w = followWords(this.ctx.lang);
    const event: AlertEvent = {
      type: 'alert',
      state,
      rule: rule.text,
      value,
      threshold: rule.threshold,
      text: w.measure(rule, value),
      at: n.at === null ? null : new Date(n.at).toISOString(),
      source,
      diagnostic: null,
      advice: null,
    };
    if (state === 'clear') return event;
    const { id, code } = basis(rule, this.ctx.topCode);
    const d = id === undefined ? undefined : this.ctx.diagnostics().find((x) => x.id === id);
    if (d)
      event.diagnostic = { id: d.id, severity: d.severity, title: d.title, evidence: d.evidence, advice: d.advice };
    const entry = code === undefined ? undefined : findEntry(code);
    event.advice = d?.advice ?? entry?.text[this.ctx.lang].remedy ?? null;
    return event;
  }
}
