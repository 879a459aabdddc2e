import type { Lang, Level } from '../catalog/types.js';
import { LEVELS } from '../catalog/types.js';
import type { Severity } from '../diagnose/types.js';
import { sourceLabel, type SourceRef } from '../normalise/exchange.js';
import { oneLine } from '../util/sanitize.js';
import { compareCodes } from './code-order.js';
import { finite } from './numbers.js';
import type { CodeReport, Report } from './model.js';

/**
 * Small formatting helpers shared by the human-readable reporters. All of
 * them are deterministic (no locale of the machine, no clock), so output
 * depends on the report and the chosen language only.
 */

/** 12,345 in English, 12 345 (no-break space) in Swedish. */
export function formatInt(value: number, lang: Lang): string {
  // A count read from a file (merge) may be anything: show that it is not a number.
  const n = finite(value);
  if (n === undefined) return '?';
  const sep = lang === 'sv' ? '\u00a0' : ',';
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A 0..1 share as a percentage with one decimal: 1.0% / 1,0 %. */
export function formatPercent(share: number, lang: Lang): string {
  const pct = (share * 100).toFixed(share > 0 && share < 0.001 ? 2 : 1);
  return lang === 'sv' ? `${pct.replace('.', ',')}\u00a0%` : `${pct}%`;
}

export function formatBytes(n: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const num = i === 0 ? String(v) : v.toFixed(1);
  return `${lang === 'sv' ? num.replace('.', ',') : num} ${units[i]}`;
}

/** An ISO timestamp as "2024-10-14 09:31:02" (UTC); anything else as given. */
export function formatTime(iso: string | null | undefined, none: string): string {
  if (!iso) return none;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : oneLine(iso);
}

/** "2024-10-14 09:31:02 – 09:37:57": the date once when both ends share it. */
export function seenRange(first: string | null, last: string | null, none: string): string {
  const a = formatTime(first, none);
  const b = formatTime(last, none);
  if (a === b) return a;
  return a.slice(0, 11) === b.slice(0, 11) && /^\d{4}-/.test(a) ? `${a} – ${b.slice(11)}` : `${a} – ${b}`;
}

/** Epoch ms as a UTC ISO-like label; the date is left out when `withDate` is false. */
export function formatEpoch(ms: number, withDate: boolean): string {
  const iso = new Date(ms).toISOString();
  const hm = iso.slice(11, 16);
  return withDate ? `${iso.slice(0, 10)} ${hm}` : hm;
}

/** A bucket width as "30 s", "5 min", "1 h", "1 d". */
export function formatDuration(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000} d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}

export function formatSource(ref: SourceRef): string {
  return oneLine(sourceLabel(ref));
}

/**
 * Diagnostic evidence as "key=value, key=value", values sanitised. Only the
 * numbers, words and flags: lists and samples are already named in the advice
 * and stay in the JSON report, where a script can read them.
 */
export function formatEvidence(evidence: Record<string, unknown>): string {
  return Object.entries(evidence)
    .filter(([, v]) => v !== null && (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean'))
    .map(([k, v]) => `${oneLine(k)}=${oneLine(String(v))}`)
    .join(', ');
}

/**
 * How alarming a code is, for colour: transient codes that a client can wait
 * out are warnings; codes that need a change (or are unknown) are errors.
 */
export function codeSeverity(code: CodeReport): Severity {
  switch (code.retry) {
    case 'backoff-retry':
    case 'wait-for-window':
    case 'reduce-concurrency':
    case 'wait-for-queue':
    case 'reauthenticate-then-retry':
      return 'warning';
    default:
      return 'error';
  }
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A diagnostic's severity, 'warning' when a report read from a file names another. */
export function severityOf(d: { severity: unknown }): Severity {
  return SEVERITIES.find((s) => s === d.severity) ?? 'warning';
}

/** Diagnostics with errors first, then warnings, then info; the order within each kept. */
export function bySeverity<T extends { severity: unknown }>(diagnostics: readonly T[]): T[] {
  return SEVERITIES.flatMap((s) => diagnostics.filter((d) => severityOf(d) === s));
}

/** Levels in report order with their codes, most frequent first. */
export function levelsWithCodes(report: Report): Array<{ level: Level; codes: CodeReport[] }> {
  return LEVELS.map((level) => ({
    level,
    codes: [...(report.levels[level]?.codes ?? [])].sort(compareCodes),
  }));
}

export function levelOccurrences(codes: CodeReport[]): number {
  return codes.reduce((sum, c) => sum + c.count, 0);
}
