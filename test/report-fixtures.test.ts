import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { normaliseOptions } from '../src/pipeline/options.js';
import { runAnalysis } from '../src/pipeline/run.js';
import type { Report } from '../src/report/model.js';
import { ROOT } from './helpers/run-cli.js';

// The report fixtures are what the current code writes for the logs beside them
// (fixtures/tools/make-mixed-report.mjs makes both). Comparing each with a Report
// built here, typed by the compiler, checks every field without a cast: a change
// to the Report model fails here until the fixtures are made again.

const manifest: unknown = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8'));
const version =
  typeof manifest === 'object' && manifest !== null && 'version' in manifest ? String(manifest.version) : '';

async function analyse(files: string[]): Promise<Report> {
  const options = normaliseOptions({ lang: 'en', jobs: 1 });
  const analyzer = await runAnalysis(
    files.map((f) => `fixtures/reports/logs/${f}`),
    Readable.from([]),
    options,
  );
  return analyzer.report({ lang: 'en', tool: { name: 'marketo-errors', version }, filters: {} });
}

/** The report as its JSON text reads back: what a fixture file can hold. */
const asJson = (report: Report): unknown => JSON.parse(JSON.stringify(report));
const fixture = (name: string): unknown => JSON.parse(readFileSync(`${ROOT}/fixtures/reports/${name}`, 'utf8'));

const cwd = process.cwd();

test('mixed-sync-run.json is the report of its logs as the current code writes it', async () => {
  process.chdir(ROOT);
  try {
    const fresh = await analyse(['lead-sync-2024-10-14.ndjson.gz', 'export-worker-2024-10-14.ndjson']);
    assert.deepEqual(fixture('mixed-sync-run.json'), asJson(fresh));
    // The story the other report tests lean on is in it.
    assert.deepEqual(
      (['http', 'response', 'record'] as const)
        .flatMap((l) => fresh.levels[l].codes.map((c) => `${l}:${c.code}`))
        .sort(),
      ['http:413', 'http:504', 'record:1004', 'record:1006', 'response:602', 'response:606'],
    );
    assert.ok(fresh.totals.recordFailureCalls > 0 && fresh.totals.noResponse > 0 && fresh.totals.malformed > 0);
    assert.ok(
      fresh.diagnostics.some((d) => d.severity === 'error') && fresh.diagnostics.some((d) => d.severity === 'info'),
    );
  } finally {
    process.chdir(cwd);
  }
});

test('clean-run.json is the report of its log: calls, no codes, no diagnostics', async () => {
  process.chdir(ROOT);
  try {
    const fresh = await analyse(['lead-sync-2024-10-15-clean.ndjson']);
    assert.deepEqual(fixture('clean-run.json'), asJson(fresh));
    assert.ok(fresh.totals.marketoCalls > 0);
    assert.equal(fresh.totals.failedCalls, 0);
    assert.deepEqual(fresh.diagnostics, []);
  } finally {
    process.chdir(cwd);
  }
});
