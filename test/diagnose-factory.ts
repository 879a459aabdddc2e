import type { Classified, Finding } from '../src/classify/finding.js';
import { countsAgainstQuota } from '../src/classify/quota.js';
import type { Lang, Level } from '../src/catalog/types.js';
import type { Exchange } from '../src/normalise/exchange.js';
import { DiagnosticsState } from '../src/diagnose/index.js';
import type { Diagnostic } from '../src/diagnose/types.js';
import { DEFAULTS } from '../src/pipeline/options.js';

/** Builds exchanges and their classifications directly, with known timing. */
export interface Call {
  t: number;
  ms?: number;
  api?: Exchange['api'];
  method?: string;
  path?: string;
  url?: string;
  status?: number;
  /** A response-level code ('606'), or several. */
  code?: string | string[];
  records?: Array<{ code: string; index: number; params?: string[] }>;
  request?: unknown;
  requestBytes?: number;
  urlBytes?: number;
  requestId?: string;
}

export interface Entry {
  ex: Exchange;
  cls: Classified;
}

let line = 0;

export function finding(level: Level, code: string, extra: Partial<Finding> = {}): Finding {
  return { level, code, message: '', params: [], documented: true, ...extra };
}

export function call(c: Call): Entry {
  line++;
  const path = c.path ?? '/rest/v1/leads.json';
  const codes = c.code === undefined ? [] : Array.isArray(c.code) ? c.code : [c.code];
  const findings: Finding[] = codes.map((code) => finding('response', code));
  for (const r of c.records ?? [])
    findings.push(finding('record', r.code, { recordIndex: r.index, params: r.params ?? [] }));
  const ex: Exchange = {
    source: { file: 'app.log', line },
    api: c.api ?? (path.startsWith('/identity') ? 'identity' : path.startsWith('/bulk') ? 'bulk' : 'rest'),
    method: c.method ?? 'GET',
    path,
    url: c.url ?? `https://123-ABC-456.mktorest.com${path}?access_token=[REDACTED]`,
    status: c.status ?? 200,
    noResponse: false,
    startedAt: c.t,
    durationMs: c.ms ?? 100,
    requestId: c.requestId ?? `r${line}#${c.t.toString(16)}`,
  };
  if (c.request !== undefined) ex.request = c.request;
  if (c.requestBytes !== undefined) ex.requestBytes = c.requestBytes;
  if (c.urlBytes !== undefined) ex.urlBytes = c.urlBytes;
  return { ex, cls: { findings, warnings: [], countsAgainstQuota: countsAgainstQuota(ex, findings) } };
}

export function stateOf(entries: readonly Entry[]): DiagnosticsState {
  const s = new DiagnosticsState();
  for (const e of entries) s.add(e.ex, e.cls);
  return s;
}

export function diagnose(entries: readonly Entry[], opts: { dailyQuota?: number; lang?: Lang } = {}): Diagnostic[] {
  return stateOf(entries).finish({
    dailyQuota: opts.dailyQuota ?? DEFAULTS.dailyQuota,
    lang: opts.lang ?? DEFAULTS.lang,
  });
}

export function byId(list: readonly Diagnostic[], id: string): Diagnostic | undefined {
  return list.find((d) => d.id === id);
}

/** 2024-03-05 00:00 US Central (CST, UTC-6). */
export const DAY0 = Date.UTC(2024, 2, 5, 6, 0, 0);
