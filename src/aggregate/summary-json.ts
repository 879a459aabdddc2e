import type { Level } from '../catalog/types.js';
import type { InputReport } from './report-model.js';
import type { ReportSections } from '../diagnose/section-detector.js';
import { BulkRowsTally } from './bulk-rows.js';
import { CodeTally, type Variant } from './code-tally.js';
import { InstanceStats } from './instance-stats.js';
import { JobsTally } from './jobs.js';
import { Summary } from './summary.js';

/**
 * A Summary as plain data, for the trip from a worker thread to the main
 * thread: every count it holds, no words (the report is localised once, on
 * the main thread). Sources stay `{file, line}` objects, so that a range's
 * line numbers can be rebased before it is read back.
 */
export interface SummaryJSON {
  inputs: InputReport[];
  counters: Summary['counters'];
  findings: Record<Level, number>;
  tallies: TallyJSON[];
  notes: Array<[message: string, count: number]>;
  /** Bucket width and the buckets as TimeBuckets.toFlat writes them. */
  timeline: { width: number; flat: number[] };
  /** The bulk rows, jobs and Marketo's own counts, in their report form (which merges exactly). */
  sections: ReportSections;
}

interface TallyJSON {
  level: Level;
  code: string;
  documented: boolean;
  count: number;
  exchanges: number;
  firstSeen: number | null;
  lastSeen: number | null;
  endpoints: Array<[endpoint: string, count: number]>;
  messages: Variant[];
  samples: CodeTally['samples'];
  records: CodeTally['records'];
}

export function summaryToJSON(s: Summary): SummaryJSON {
  return {
    inputs: s.inputs,
    counters: { ...s.counters },
    findings: { ...s.findings },
    tallies: [...s.tallies.values()].map((t) => ({
      level: t.level,
      code: t.code,
      documented: t.documented,
      count: t.count,
      exchanges: t.exchanges,
      firstSeen: t.firstSeen ?? null,
      lastSeen: t.lastSeen ?? null,
      endpoints: [...t.endpoints],
      messages: [...t.messages.values()],
      samples: t.samples,
      records: t.records,
    })),
    notes: [...s.notes],
    timeline: { width: s.timeline.width, flat: s.timeline.toFlat() },
    sections: s.sections(),
  };
}

export function summaryFromJSON(json: SummaryJSON): Summary {
  const s = new Summary();
  s.inputs = json.inputs;
  Object.assign(s.counters, json.counters);
  Object.assign(s.findings, json.findings);
  for (const t of json.tallies) {
    const tally = new CodeTally(t.level, t.code);
    Object.assign(tally, {
      documented: t.documented,
      count: t.count,
      exchanges: t.exchanges,
      samples: t.samples,
      records: t.records,
    });
    tally.firstSeen = t.firstSeen ?? undefined;
    tally.lastSeen = t.lastSeen ?? undefined;
    for (const [endpoint, n] of t.endpoints) tally.endpoints.set(endpoint, n);
    for (const v of t.messages) tally.messages.set(v.message, v);
    s.tallies.set(CodeTally.key(t.level, t.code), tally);
  }
  for (const [message, n] of json.notes) s.notes.set(message, n);
  s.timeline.readFlat(json.timeline.flat, json.timeline.width);
  s.bulk.merge(BulkRowsTally.fromReport(json.sections.bulk));
  s.jobs.merge(JobsTally.fromReport(json.sections.jobs));
  s.instance.merge(InstanceStats.fromReport(json.sections.instance));
  return s;
}
