/**
 * Checks a fixture recorded by a real producer against fixtures/tools/mock-marketo.mjs:
 * NAME.expected.json is what the mock (or a writer) answered, never what the analyzer read.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import type { Report } from '../../src/aggregate/report-model.js';
import { normaliseOptions } from '../../src/pipeline/options.js';
import { runAnalysis } from '../../src/pipeline/run.js';
import { fixture } from './run-cli.js';

type Levels<T> = Record<'http' | 'response' | 'record', Record<string, T>>;

export interface Expected {
  marketoCalls: number;
  noResponse: number;
  levels: Levels<number>;
  /** Where each finding was, by code: endpoint -> count (recorders from the node clients on). */
  endpoints?: Levels<Record<string, number>>;
  /** When the mock sent its first and last answer, ISO (recordings from mock answers with times on). */
  answeredBetween?: [string, string];
}

// The fake secrets mock-marketo.mjs hands out and the recorders send.
export const FAKE_SECRETS = [
  'FAKE-client-secret-9f3a1c77',
  'FAKE-wrong-secret-00d1e5',
  '5f2b6c1e-7a4d-4e0b-9c3a-fa4e0000c0de:ab',
  '7d1c0a2e-3b4f-4c5d-8e9f-fa4e0000beef:ab',
  '0e9d8c7b-6a59-4837-a625-fa4e0000dead:ab',
];

export async function analyseRecorded(dir: string, log: string): Promise<{ report: Report; want: Expected }> {
  const want = JSON.parse(readFileSync(fixture(dir, `${log}.expected.json`), 'utf8')) as Expected;
  const analyzer = await runAnalysis([fixture(dir, log)], new PassThrough(), normaliseOptions({ jobs: 1 }));
  const report = analyzer.report({ lang: 'en', tool: { name: 't', version: '0' }, filters: {} });
  return { report, want };
}

/** Calls, calls with no response, and findings per level and code are what the mock answered. */
export function assertCounts(report: Report, want: Expected): void {
  assert.equal(report.totals.marketoCalls, want.marketoCalls, 'calls');
  assert.equal(report.totals.noResponse, want.noResponse, 'calls with no response');
  for (const level of ['http', 'response', 'record'] as const) {
    const got = Object.fromEntries(report.levels[level].codes.map((c) => [c.code, c.count]));
    assert.deepEqual(got, want.levels[level], level);
  }
}

/**
 * Every finding is timed within the mock's answers as the log's clock showed them: `offsetMs` is the zone the
 * log wrote local time in, `earlyMs` how long before the answer a time may be (a call's start, a whole second).
 */
export function assertTimedWithin(report: Report, want: Expected, offsetMs: number, earlyMs: number): void {
  const [from, to] = want.answeredBetween!.map((t) => Date.parse(t) + offsetMs) as [number, number];
  for (const level of ['http', 'response', 'record'] as const) {
    for (const c of report.levels[level].codes) {
      const [first, last] = [Date.parse(c.firstSeen ?? 'none'), Date.parse(c.lastSeen ?? 'none')];
      assert.ok(first >= from - earlyMs && last <= to, `${c.code} ${c.firstSeen} ${c.lastSeen}`);
    }
  }
}

/** Every fake secret the recording carries is absent from the report. */
export function assertNoSecret(dir: string, log: string, output: string): void {
  const raw = readFileSync(fixture(dir, log), 'utf8');
  const planted = FAKE_SECRETS.filter((s) => raw.includes(s));
  assert.ok(planted.length > 0, 'the recording carries a fake secret');
  for (const secret of planted) assert.ok(!output.includes(secret), `${secret} leaked`);
}

/** Where each finding was, by level and code: endpoint -> count, as the mock answered. */
export function assertEndpoints(report: Report, want: Expected): void {
  for (const level of ['http', 'response', 'record'] as const) {
    const where = Object.fromEntries(
      report.levels[level].codes.map((c) => [
        c.code,
        Object.fromEntries(c.endpoints.map((e) => [e.endpoint, e.count])),
      ]),
    );
    assert.deepEqual(where, want.endpoints?.[level], `${level} endpoints`);
  }
}
