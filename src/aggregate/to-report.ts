import type { Peaks } from '../diagnose/index.js';
import { findEntry } from '../catalog/index.js';
import { undocumentedText } from '../catalog/undocumented.js';
import type { Lang } from '../catalog/types.js';
import { LEVELS } from '../catalog/types.js';
import type { Diagnostic } from '../diagnose/types.js';
import { compareCodes } from '../report/code-order.js';
import { renderMessage } from '../errors/words.js';
import type { CodeReport, InputReport, Report } from './report-model.js';
import { ranked, type CodeTally } from './code-tally.js';
import { isoTime } from './date-time.js';
import type { Summary } from './summary.js';

export interface ReportContext {
  lang: Lang;
  tool: { name: string; version: string };
  diagnostics: Diagnostic[];
  diagnosticsState?: unknown;
  peaks?: Peaks;
  filters: Record<string, string | string[]>;
}

function codeReport(tally: CodeTally, lang: Lang): CodeReport {
  const entry = tally.documented ? findEntry(tally.code, tally.level) : undefined;
  const text = entry ? entry.text[lang] : undocumentedText(tally.level, tally.code, lang);
  const report: CodeReport = {
    level: tally.level,
    code: tally.code,
    count: tally.count,
    exchanges: tally.exchanges,
    title: text.title,
    meaning: text.meaning,
    remedy: text.remedy,
    retry: entry?.retry ?? null,
    documented: entry !== undefined,
    countsAgainstQuota: entry?.countsAgainstQuota ?? null,
    firstSeen: isoTime(tally.firstSeen),
    lastSeen: isoTime(tally.lastSeen),
    endpoints: ranked(
      [...tally.endpoints].map(([endpoint, count]) => ({ endpoint, count })),
      (e) => e.endpoint,
    ),
    messages: ranked(
      [...tally.messages.values()].map((v) => ({ ...v })),
      (v) => v.message,
    ),
    samples: tally.samples.map((s) => ({ ...s })),
  };
  if (tally.records.length > 0) report.records = tally.records.map((r) => ({ ...r }));
  return report;
}

/** An input cut short says why in the report's language; the message itself stays out of the report. */
function cutInLang(input: InputReport, lang: Lang): InputReport {
  if (!input.truncated || input.truncated.words === undefined) return input;
  const { line, words } = input.truncated;
  return { ...input, truncated: { line, reason: renderMessage(words, lang) } };
}

export function toReport(summary: Summary, ctx: ReportContext): Report {
  const levels = Object.fromEntries(LEVELS.map((l) => [l, { codes: [] as CodeReport[] }])) as Report['levels'];
  for (const tally of summary.tallies.values()) levels[tally.level].codes.push(codeReport(tally, ctx.lang));
  for (const level of LEVELS) levels[level].codes.sort(compareCodes);

  const c = summary.counters;
  const sumInputs = (pick: (i: Report['inputs'][number]) => number): number =>
    summary.inputs.reduce((n, i) => n + pick(i), 0);
  return {
    schemaVersion: 1,
    tool: ctx.tool,
    lang: ctx.lang,
    // A skipped over-long line leaves the numbers as short as a cut file does.
    complete: summary.inputs.every((i) => i.truncated === false && i.oversized.length === 0),
    inputs: summary.inputs.map((i) => cutInLang(i, ctx.lang)),
    totals: {
      exchanges: c.marketoCalls + sumInputs((i) => i.other),
      ...c,
      failedShare: c.marketoCalls === 0 ? 0 : Math.round((c.failedCalls / c.marketoCalls) * 10_000) / 10_000,
      ...(summary.unseenBodies > 0 && { unseenBodies: summary.unseenBodies }),
      other: sumInputs((i) => i.other),
      unrecognised: sumInputs((i) => i.unrecognised),
      malformed: sumInputs((i) => i.malformedCount),
      findings: { ...summary.findings },
    },
    levels,
    notes: ranked(
      [...summary.notes].map(([message, count]) => ({ kind: 'warning' as const, message, count })),
      (n) => n.message,
    ),
    diagnostics: ctx.diagnostics,
    timeline: {
      bucketMs: summary.timeline.width,
      points: summary.timeline
        .sorted()
        .map(([t, [calls = 0, http = 0, response = 0, record = 0]]) => ({ t, calls, http, response, record })),
    },
    filters: ctx.filters,
    ...summary.sections(),
    ...(ctx.peaks === undefined ? {} : { peaks: ctx.peaks }),
    ...(ctx.diagnosticsState === undefined ? {} : { diagnosticsState: ctx.diagnosticsState }),
  };
}
