import type { Level } from '../catalog/types.js';
import { formatInt, formatPercent, formatSource, levelsWithCodes, severityOf } from './format.js';
import type { ReportFormatSpec, ResolvedRenderOptions } from './format-spec.js';
import type { CodeReport, Report } from './model.js';
import { numberText } from './numbers.js';
import { wordsFor, type Words } from './words.js';
import { jobsSuite } from './junit-jobs.js';
import { emptyLevelText } from './empty-level.js';
import { xmlAttr, xmlText } from './xml.js';

/**
 * JUnit XML as GitLab and Jenkins read it: a suite for the run, one per level
 * with a case per code and endpoint (a failure with meaning, remedy, count and
 * samples), and one for the diagnostics. A clean log is suites of passing
 * cases, so CI shows that the check ran.
 */

interface Case {
  classname: string;
  name: string;
  failure?: { type: string; message: string; body: string };
  out?: string;
}

function caseXml(c: Case): string {
  const head = `    <testcase classname="${xmlAttr(c.classname)}" name="${xmlAttr(c.name)}"`;
  const inner = [
    c.failure
      ? `      <failure type="${xmlAttr(c.failure.type)}" message="${xmlAttr(c.failure.message)}">` +
        `${xmlText(c.failure.body)}</failure>`
      : '',
    c.out ? `      <system-out>${xmlText(c.out)}</system-out>` : '',
  ].filter(Boolean);
  return inner.length ? `${head}>\n${inner.join('\n')}\n    </testcase>` : `${head}/>`;
}

interface Suite {
  name: string;
  cases: Case[];
  properties?: Array<[string, string]>;
}

const failuresOf = (cases: Case[]) => cases.filter((c) => c.failure).length;

function suiteXml({ name, cases, properties = [] }: Suite): string {
  const props = properties.map(([k, v]) => `      <property name="${xmlAttr(k)}" value="${xmlAttr(v)}"/>`);
  const counts = `tests="${cases.length}" failures="${failuresOf(cases)}" errors="0" skipped="0"`;
  const attrs = `name="${xmlAttr(name)}" ${counts}`;
  return [
    `  <testsuite ${attrs}>`,
    ...(props.length ? ['    <properties>', ...props, '    </properties>'] : []),
    ...cases.map(caseXml),
    '  </testsuite>',
  ].join('\n');
}

function codeCases(level: Level, c: CodeReport, w: Words, opts: ResolvedRenderOptions): Case[] {
  const n = (v: number) => formatInt(v, opts.lang);
  const samples = c.samples.map((s) => `${s.requestId ?? ''} ${formatSource(s.source)}`.trim());
  const body = [
    `${c.code}: ${c.title}`,
    w.occurrencesInCalls(n(c.count), n(c.exchanges)),
    `${w.meaning}: ${c.meaning}`,
    `${w.remedy}: ${c.remedy}`,
    `${w.retry}: ${c.retry ? w.retryPolicy[c.retry] : w.retryUnknown}`,
    ...(samples.length ? [`${w.samples}:`, ...samples.map((s) => `  ${s}`)] : []),
  ].join('\n');
  const endpoints = c.endpoints.length ? c.endpoints : [{ endpoint: w.none, count: c.count }];
  return endpoints.map((e) => ({
    classname: `marketo-errors.${level}`,
    name: `${c.code} ${e.endpoint}`,
    failure: { type: `${level}/${c.code}`, message: `${c.title} (${n(e.count)})`, body },
  }));
}

export function renderJunit(report: Report, opts: ResolvedRenderOptions): string {
  const w = wordsFor(opts.lang);
  const t = report.totals;
  const run: Case = { classname: 'marketo-errors.inputs', name: w.inputsComplete };
  if (!report.complete) run.failure = { type: 'incomplete', message: w.incomplete, body: w.incomplete };
  const totals: Array<[string, string]> = [
    ['marketoCalls', numberText(t.marketoCalls)],
    ['failedCalls', numberText(t.failedCalls)],
    ['failedShare', formatPercent(t.failedShare, 'en')],
    ['recordFailureCalls', numberText(t.recordFailureCalls)],
    ['quotaCalls', numberText(t.quotaCalls)],
    ['noResponse', numberText(t.noResponse)],
  ];
  const suites: Suite[] = [{ name: w.summary, cases: [run], properties: totals }];
  for (const { level, codes } of levelsWithCodes(report)) {
    const cases = codes.flatMap((c) => codeCases(level, c, w, opts));
    const empty = emptyLevelText(report, level, w, opts.lang);
    if (cases.length === 0) cases.push({ classname: `marketo-errors.${level}`, name: empty });
    suites.push({ name: w.level[level], cases });
  }
  const diagnostics: Case[] = report.diagnostics.map((d) => {
    const sev = severityOf(d);
    const c: Case = { classname: 'marketo-errors.diagnostics', name: `${d.id}: ${d.title}` };
    // Info is advice, not a failure: it stays visible as the case's output.
    if (sev === 'info') c.out = d.advice;
    else c.failure = { type: `${sev}/${d.id}`, message: d.title, body: d.advice };
    return c;
  });
  if (diagnostics.length === 0) diagnostics.push({ classname: 'marketo-errors.diagnostics', name: w.noDiagnostics });
  const jobs = jobsSuite(report, opts.lang);
  if (jobs) suites.push(jobs);
  suites.push({ name: w.diagnostics, cases: diagnostics });
  const tests = suites.reduce((sum, s) => sum + s.cases.length, 0);
  const failures = suites.reduce((sum, s) => sum + failuresOf(s.cases), 0);
  const header = `<testsuites name="${xmlAttr(w.reportTitle)}" tests="${tests}" failures="${failures}" errors="0">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${header}\n${suites.map(suiteXml).join('\n')}\n</testsuites>\n`;
}

export const junitFormat: ReportFormatSpec = {
  name: 'junit',
  help: 'JUnit XML for GitLab and Jenkins: a failing case per code and endpoint, diagnostics as a suite',
  extensions: ['xml'],
  render: renderJunit,
};
