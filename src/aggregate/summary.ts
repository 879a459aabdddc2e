import type { Level } from '../catalog/types.js';
import { LEVELS } from '../catalog/types.js';
import type { Classified, Finding } from '../classify/finding.js';
import type { Exchange } from '../normalise/exchange.js';
import { templatePath } from '../normalise/marketo-url.js';
import type { InputReport, Totals } from './report-model.js';
import type { ReportSections } from '../diagnose/section-detector.js';
import { observeJobs, queueSignals } from '../normalise/bulk-job.js';
import type { SourceRef } from '../normalise/exchange.js';
import { BulkRowsTally } from './bulk-rows.js';
import { TimeBuckets } from '../util/time-buckets.js';
import { CodeTally } from './code-tally.js';
import { dateTime, MAX_DATE_MS } from './date-time.js';
import { InstanceStats } from './instance-stats.js';
import { JobsTally } from './jobs.js';

/**
 * Timeline buckets: a second while the log spans few enough of them, then wider, so
 * a short log is not one bar (each width divides the next, so parts still merge into the whole).
 */
const TIMELINE_LADDER_MS = [1, 5, 15, 30, 60, 300, 900, 1_800, 3_600, 10_800, 21_600, 43_200, 86_400].map(
  (seconds) => seconds * 1_000,
);
/** About one point per pixel of the HTML chart, and a report that stays small at any time span ... */
export const TIMELINE_MAX_POINTS = 1_500;
/** ... and buckets from the first to the last point, empty ones included, that a chart can still draw. */
export const TIMELINE_MAX_SPAN = 5_000;
export const MAX_NOTES = 50;
/** Distinct codes kept; past this, new codes share one tally per level (a log can invent endless codes). */
export const MAX_CODES = 500;
export const OTHER_CODES = '(other codes)';

type Counters = Omit<
  Totals,
  'exchanges' | 'failedShare' | 'findings' | 'unrecognised' | 'malformed' | 'other' | 'unseenBodies'
>;

/**
 * The running totals of an analysis. Holds nothing per exchange, so memory is
 * bounded by the number of distinct codes and endpoints (each capped) and by
 * TIMELINE_MAX_POINTS; two
 * summaries of consecutive parts merge into the summary of the whole.
 */
export class Summary {
  inputs: InputReport[] = [];
  readonly counters: Counters = {
    marketoCalls: 0,
    failedCalls: 0,
    recordFailureCalls: 0,
    quotaCalls: 0,
    noResponse: 0,
  };
  /** Totals.unseenBodies. */
  unseenBodies = 0;
  readonly findings: Record<Level, number> = { http: 0, response: 0, record: 0 };
  readonly tallies = new Map<string, CodeTally>();
  readonly notes = new Map<string, number>();
  /** [calls, http, response, record] per time bucket. */
  readonly timeline = new TimeBuckets(
    TIMELINE_LADDER_MS,
    1 + LEVELS.length,
    TIMELINE_MAX_POINTS,
    TIMELINE_MAX_SPAN,
    MAX_DATE_MS,
  );
  readonly bulk = new BulkRowsTally();
  readonly jobs = new JobsTally();
  readonly instance = new InstanceStats();

  /** Adds one Marketo call; calls to other hosts are counted by the input instead. */
  add(exchange: Exchange, classified: Classified): void {
    if (exchange.api === 'bulk') {
      for (const o of observeJobs(exchange)) this.jobs.add(o);
      this.jobs.signals(queueSignals(exchange, classified.findings));
    }
    this.instance.addCall(exchange, classified);
    const c = this.counters;
    c.marketoCalls++;
    if (exchange.noResponse) c.noResponse++;
    else if (exchange.response === undefined && exchange.api !== 'identity' && !(exchange.status! >= 400))
      this.unseenBodies++;
    if (classified.countsAgainstQuota) c.quotaCalls++;
    const time = dateTime(exchange.startedAt);
    const bucket = time === undefined ? undefined : this.timeline.slot(time);
    if (bucket) bucket[0]!++;
    for (const w of classified.warnings) this.note(w, 1);
    if (classified.findings.length === 0) return;

    let failed = false;
    let recordFailed = false;
    const byCode = new Map<CodeTally, Finding[]>();
    for (const f of classified.findings) {
      this.findings[f.level]++;
      if (bucket) bucket[LEVELS.indexOf(f.level) + 1]!++;
      if (f.level === 'record') recordFailed = true;
      else failed = true;
      const tally = this.tallyFor(f.level, f.code);
      const list = byCode.get(tally);
      if (list) list.push(f);
      else byCode.set(tally, [f]);
    }
    if (failed) c.failedCalls++;
    else if (recordFailed) c.recordFailureCalls++;
    const endpoint = exchange.path ? templatePath(exchange.path) : '(unknown)';
    for (const [tally, list] of byCode) tally.addExchange(list, endpoint, time, exchange.requestId, exchange.source);
  }

  /**
   * Findings of one row of a bulk failure or warning file: record-level, not a
   * call. `endpoint` says which kind of file held the row.
   */
  addRow(findings: Finding[], endpoint: string, source: SourceRef): void {
    for (const f of findings) this.findings[f.level]++;
    const byCode = new Map<CodeTally, Finding[]>();
    for (const f of findings) {
      const tally = this.tallyFor(f.level, f.code);
      byCode.set(tally, [...(byCode.get(tally) ?? []), f]);
    }
    for (const [tally, list] of byCode) tally.addExchange(list, endpoint, undefined, undefined, source);
  }

  /** The bulk, jobs and instance sections, for the diagnostics that read them; absent when empty. */
  sections(): ReportSections {
    return {
      ...(this.bulk.empty ? {} : { bulk: this.bulk.toReport() }),
      ...(this.jobs.empty ? {} : { jobs: this.jobs.toReport() }),
      ...(this.instance.empty ? {} : { instance: this.instance.toReport() }),
    };
  }

  /** `other` summarises input that comes after this one's. */
  merge(other: Summary): void {
    this.inputs = mergeInputs(this.inputs, other.inputs);
    for (const k of Object.keys(this.counters) as Array<keyof Counters>) this.counters[k] += other.counters[k];
    this.unseenBodies += other.unseenBodies;
    for (const level of LEVELS) this.findings[level] += other.findings[level];
    for (const tally of other.tallies.values()) this.tallyFor(tally.level, tally.code).merge(tally);
    for (const [message, n] of other.notes) this.note(message, n);
    this.bulk.merge(other.bulk);
    this.jobs.merge(other.jobs);
    this.instance.merge(other.instance);
    this.timeline.merge(other.timeline);
  }

  note(message: string, n: number): void {
    const current = this.notes.get(message);
    if (current !== undefined) this.notes.set(message, current + n);
    else if (this.notes.size < MAX_NOTES) this.notes.set(message, n);
  }

  /** The tally of a code, made on first sight; past MAX_CODES, new codes go to OTHER_CODES. */
  private tallyFor(level: Level, code: string): CodeTally {
    const key = CodeTally.key(level, code);
    let tally = this.tallies.get(key);
    if (tally) return tally;
    if (code !== OTHER_CODES && this.tallies.size >= MAX_CODES) return this.tallyFor(level, OTHER_CODES);
    this.tallies.set(key, (tally = new CodeTally(level, code)));
    return tally;
  }
}

/**
 * Parts of one input (byte ranges read by workers) share its name: their
 * counts add up. Different inputs stay separate entries.
 */
export function mergeInputs(a: InputReport[], b: InputReport[]): InputReport[] {
  const copy = (i: InputReport): InputReport => ({
    ...i,
    malformed: [...i.malformed],
    oversized: [...i.oversized],
    ...(i.textCodes ? { textCodes: { ...i.textCodes } } : {}),
  });
  const out = a.map(copy);
  for (const input of b) {
    const mine = out.find((i) => i.name === input.name);
    if (!mine) {
      out.push(copy(input));
      continue;
    }
    mine.bytes += input.bytes;
    mine.exchanges += input.exchanges;
    mine.malformedCount += input.malformedCount;
    mine.malformed.push(...input.malformed);
    mine.unrecognised += input.unrecognised;
    mine.other += input.other;
    if (input.rows !== undefined) mine.rows = (mine.rows ?? 0) + input.rows;
    if (input.statsResponses !== undefined) mine.statsResponses = (mine.statsResponses ?? 0) + input.statsResponses;
    mine.oversized.push(...input.oversized);
    mine.truncated ||= input.truncated;
    if (input.timeOutOfRange) mine.timeOutOfRange = (mine.timeOutOfRange ?? 0) + input.timeOutOfRange;
    for (const [code, n] of Object.entries(input.textCodes ?? {}))
      (mine.textCodes ??= {})[code] = (mine.textCodes[code] ?? 0) + n;
    mine.gzip ||= input.gzip;
    // Consecutive byte ranges of one file (see PartMerger): one range now.
    if (mine.range && input.range)
      mine.range = { ...mine.range, end: input.range.end, lines: mine.range.lines + input.range.lines };
  }
  return out;
}
