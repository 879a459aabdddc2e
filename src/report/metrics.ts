import type { Lang } from '../catalog/types.js';
import { levelsWithCodes, severityOf } from './format.js';
import { metricWordsFor } from './metrics-words.js';
import type { Report } from './model.js';
import { sectionFamilies } from './section-metrics.js';
import { finite } from './numbers.js';

/**
 * The report as metric families, for the Prometheus and OpenMetrics formats.
 * Counters are named without _total here; each format adds it as it must.
 * The peaks come from the report's `peaks`, present whether or not a diagnostic
 * fired; a report written before it had them falls back to the diagnostics' evidence.
 */

export interface Sample {
  labels: Array<[string, string]>;
  value: number;
}

export interface Family {
  /** Without the _total of a counter's samples. */
  name: string;
  type: 'counter' | 'gauge';
  help: string;
  samples: Sample[];
}

const PREFIX = 'marketo_errors_';

function evidence(report: Report, id: string): Record<string, unknown> | undefined {
  const d = report.diagnostics.find((x) => x.id === id);
  return d && typeof d.evidence === 'object' && d.evidence !== null ? d.evidence : undefined;
}

const one = (value: unknown): Sample[] => {
  const n = finite(value);
  return n === undefined ? [] : [{ labels: [], value: n }];
};

function quotaDays(report: Report): Sample[] {
  const days = report.peaks?.quotaCallsByDay ?? evidence(report, 'daily-quota')?.worstDays;
  if (!Array.isArray(days)) return [];
  const out: Sample[] = [];
  for (const d of days as unknown[]) {
    const r = d as { day?: unknown; calls?: unknown } | null;
    const calls = finite(r?.calls);
    if (typeof r?.day === 'string' && calls !== undefined) out.push({ labels: [['day', r.day]], value: calls });
  }
  return out.sort((a, b) => (a.labels[0]![1] < b.labels[0]![1] ? -1 : 1));
}

export function metricFamilies(report: Report, lang: Lang): Family[] {
  const w = metricWordsFor(lang);
  const t = report.totals;
  const occurrences: Sample[] = levelsWithCodes(report).flatMap(({ level, codes }) =>
    codes.map((c) => ({
      labels: [
        ['level', level],
        ['code', c.code],
      ] as Array<[string, string]>,
      value: finite(c.count) ?? 0,
    })),
  );
  const diagnostics: Sample[] = report.diagnostics.map((d) => ({
    labels: [
      ['id', String(d.id)],
      ['severity', severityOf(d)],
    ],
    value: 1,
  }));
  const families: Family[] = [
    { name: 'occurrences', type: 'counter', help: w.occurrences, samples: occurrences },
    { name: 'calls', type: 'counter', help: w.calls, samples: one(t.marketoCalls) },
    { name: 'failed_calls', type: 'counter', help: w.failedCalls, samples: one(t.failedCalls) },
    { name: 'record_failure_calls', type: 'counter', help: w.recordFailureCalls, samples: one(t.recordFailureCalls) },
    {
      name: 'rate_window_peak_calls',
      type: 'gauge',
      help: w.rateWindowPeak,
      samples: one(report.peaks?.rateWindowCalls ?? evidence(report, 'rate-window')?.peakCalls),
    },
    {
      name: 'in_flight_peak',
      type: 'gauge',
      help: w.inFlightPeak,
      samples: one(report.peaks?.inFlight ?? evidence(report, 'concurrency')?.peakInFlight),
    },
    { name: 'quota_calls', type: 'gauge', help: w.quotaCalls, samples: quotaDays(report) },
    { name: 'diagnostic', type: 'gauge', help: w.diagnostic, samples: diagnostics },
    {
      name: 'input_complete',
      type: 'gauge',
      help: w.complete,
      samples: [{ labels: [], value: report.complete === true ? 1 : 0 }],
    },
    ...sectionFamilies(report, lang),
  ];
  return families.map((f) => ({ ...f, name: PREFIX + f.name }));
}

/** A label value between double quotes: backslash, quote and line feed escaped; other controls dropped. */
export function escapeLabelValue(s: string): string {
  return s
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n');
}

export function labelsText(labels: Array<[string, string]>): string {
  return labels.length ? `{${labels.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}` : '';
}
