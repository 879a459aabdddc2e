import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { normaliseOptions } from '../../src/pipeline/options.js';
import { runAnalysis } from '../../src/pipeline/run.js';
import { fixture } from './run-cli.js';

// A recorded-style log of a nightly sync (pino-http), appended in chunks while --follow runs.
export const DEMO = fixture('demo', 'nightly-sync.ndjson');
export const LINES = readFileSync(DEMO, 'utf8').split(/(?<=\n)/);
export const chunk = (from: number, to: number): string => LINES.slice(from - 1, to).join('');

export interface Report {
  totals: Record<string, unknown>;
  levels: Record<string, { codes: Array<{ code: string; count: number; exchanges: number }> }>;
  diagnostics: Array<{ id: string }>;
}

/** What must not change between a followed log and the same lines analysed at once. */
export function essence(r: Report) {
  return {
    totals: r.totals,
    codes: Object.fromEntries(
      Object.entries(r.levels).map(([l, { codes }]) => [l, codes.map((c) => `${c.code}:${c.count}/${c.exchanges}`)]),
    ),
    diagnostics: r.diagnostics.map((d) => d.id),
  };
}

/**
 * Where the alerts must fire, worked out from the fixture's own fields: the
 * first line whose call brings the calls started in the last 20 s (counted
 * ones: REST calls not rejected with the uncounted 602) to 90, and the first 606.
 */
export function expectedAlertLines(): { rate: number; code606: number } {
  const secs: number[] = [];
  let newest = -Infinity;
  let rate = 0;
  let code606 = 0;
  LINES.forEach((text, i) => {
    let o: {
      req?: { url?: string };
      res?: { body?: { errors?: Array<{ code: string }> } };
      time: number;
      responseTime: number;
    };
    try {
      o = JSON.parse(text) as typeof o;
    } catch {
      return;
    }
    if (!o.req?.url?.startsWith('/rest/')) return;
    const codes = (o.res?.body?.errors ?? []).map((e) => e.code);
    if (codes.includes('606') && code606 === 0) code606 = i + 1;
    if (codes.includes('602')) return;
    const sec = Math.floor((o.time - o.responseTime) / 1000);
    secs.push(sec);
    newest = Math.max(newest, sec);
    if (rate === 0 && secs.filter((s) => s > newest - 20 && s <= newest).length >= 90) rate = i + 1;
  });
  return { rate, code606 };
}

/** The same text analysed at once, in this process (one CLI start less per test). */
export async function analyzeOnce(text: string): Promise<Report> {
  const analyzer = await runAnalysis(
    ['-'],
    Readable.from([Buffer.from(text)]),
    normaliseOptions({ lang: 'en', jobs: 1 }),
  );
  return analyzer.report({
    lang: 'en',
    tool: { name: 'marketo-errors', version: 'test' },
    filters: {},
  }) as unknown as Report;
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'marketo-follow-'));
}
