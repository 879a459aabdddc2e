import { createHash } from 'node:crypto';
import type { Level } from '../catalog/types.js';
import { codeSeverity, formatInt, levelsWithCodes, severityOf } from './format.js';
import type { ReportFormatSpec, ResolvedRenderOptions } from './format-spec.js';
import { inertJson } from './json.js';
import { pathInside } from './log-path.js';
import type { CodeReport, Report } from './model.js';
import { finite } from './numbers.js';
import { wordsFor, type Words } from './words.js';

/**
 * SARIF 2.1.0 for code-scanning tools: a rule per code (the catalog's title,
 * meaning and remedy as help) and per diagnostic, a result per code and
 * endpoint located at the log lines of its samples, relative to the working
 * directory. The fingerprint hashes level, code and endpoint only, so the
 * same failure tomorrow is the same alert.
 */

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const FINGERPRINT = 'marketoErrors/v1';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';

/** A relative path as a URI reference: each segment percent-encoded. */
function uriOf(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/** The first input that is a file under the working directory, for results without a line of their own. */
function logFile(report: Report, cwd: string | undefined): object[] {
  for (const input of report.inputs) {
    const file = typeof input?.name === 'string' ? pathInside(cwd, input.name) : undefined;
    if (file !== undefined)
      return [{ physicalLocation: { artifactLocation: { uri: uriOf(file), uriBaseId: SRCROOT } } }];
  }
  return [];
}

function locations(c: CodeReport, cwd: string | undefined): object[] {
  const out: object[] = [];
  for (const s of c.samples) {
    const file = typeof s?.source?.file === 'string' ? pathInside(cwd, s.source.file) : undefined;
    if (file === undefined) continue;
    const line = finite(s.source.line);
    const region = line !== undefined && Number.isInteger(line) && line > 0 ? { region: { startLine: line } } : {};
    out.push({ physicalLocation: { artifactLocation: { uri: uriOf(file), uriBaseId: SRCROOT }, ...region } });
  }
  return out;
}

function codeRule(level: Level, c: CodeReport, w: Words): object {
  return {
    id: `${level}/${c.code}`,
    name: `${w.level[level]} ${c.code}`,
    shortDescription: { text: `${c.code}: ${c.title}` },
    fullDescription: { text: c.meaning || c.title },
    help: { text: `${w.remedy}: ${c.remedy}\n${w.retry}: ${c.retry ? w.retryPolicy[c.retry] : w.retryUnknown}` },
    defaultConfiguration: { level: codeSeverity(c) === 'error' ? 'error' : 'warning' },
    properties: { level, code: c.code, documented: c.documented === true },
  };
}

export function renderSarif(report: Report, opts: ResolvedRenderOptions): string {
  const w = wordsFor(opts.lang);
  const n = (v: number) => formatInt(v, opts.lang);
  const rules: object[] = [];
  const results: object[] = [];
  const logLocation = logFile(report, opts.cwd);
  for (const { level, codes } of levelsWithCodes(report)) {
    for (const c of codes) {
      const ruleIndex = rules.push(codeRule(level, c, w)) - 1;
      const samples = locations(c, opts.cwd);
      const where = samples.length ? samples : logLocation;
      const endpoints = c.endpoints.length ? c.endpoints : [{ endpoint: '', count: c.count }];
      for (const e of endpoints) {
        const at = e.endpoint ? ` · ${e.endpoint}` : '';
        results.push({
          ruleId: `${level}/${c.code}`,
          ruleIndex,
          level: codeSeverity(c) === 'error' ? 'error' : 'warning',
          message: {
            text: `${c.code}: ${c.title}${at} · ${w.occurrencesInCalls(n(finite(e.count) ?? 0), n(c.exchanges))}`,
          },
          ...(where.length ? { locations: where.slice(0, 1) } : {}),
          ...(where.length > 1 ? { relatedLocations: where.slice(1).map((l, i) => ({ id: i + 1, ...l })) } : {}),
          partialFingerprints: { [FINGERPRINT]: fingerprint(level, c.code, e.endpoint) },
          properties: { level, code: c.code, endpoint: e.endpoint, count: finite(e.count) ?? 0 },
        });
      }
    }
  }
  for (const d of report.diagnostics) {
    const sev = severityOf(d);
    const level: SarifLevel = sev === 'info' ? 'note' : sev;
    const ruleIndex =
      rules.push({
        id: `diagnostic/${d.id}`,
        name: `${w.diagnostics}: ${d.id}`,
        shortDescription: { text: d.title },
        help: { text: d.advice },
        defaultConfiguration: { level },
      }) - 1;
    results.push({
      ruleId: `diagnostic/${d.id}`,
      ruleIndex,
      level,
      message: { text: `${d.title}. ${d.advice}` },
      // Code scanning shows results on files: a diagnostic is about the whole log.
      ...(logLocation.length ? { locations: logLocation } : {}),
      partialFingerprints: { [FINGERPRINT]: fingerprint('diagnostic', d.id) },
    });
  }
  const t = report.totals;
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, rules } },
        ...(opts.cwd ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(opts.cwd) } } } : {}),
        invocations: [{ executionSuccessful: report.complete === true }],
        results,
        properties: {
          marketoCalls: t.marketoCalls,
          failedCalls: t.failedCalls,
          recordFailureCalls: t.recordFailureCalls,
          quotaCalls: t.quotaCalls,
        },
      },
    ],
  };
  return inertJson(log);
}

/** The working directory as a file: URI ending in a slash, as SARIF wants a base. */
function directoryUri(dir: string): string {
  const slashed = dir.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/') ? slashed : `/${slashed}`;
  return `file://${uriOf(absolute.endsWith('/') ? absolute : `${absolute}/`)}`;
}

export const sarifFormat: ReportFormatSpec = {
  name: 'sarif',
  help: 'SARIF 2.1.0 for code scanning: a rule per code and diagnostic, results at the log lines of samples',
  extensions: ['sarif'],
  render: renderSarif,
};
