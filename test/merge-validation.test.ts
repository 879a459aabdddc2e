import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { checkReport, ReportShapeError } from '../src/aggregate/report-schema.js';
import { PartMerger, reportOf } from '../src/pipeline/merge.js';
import { render, REPORT_FORMATS } from '../src/report/index.js';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// A real report of the demo log, then edited by hand the way a user or an attacker would.
let good: Record<string, unknown>;
const dir = mkdtempSync(path.join(tmpdir(), 'me-merge-check-'));

before(async () => {
  const r = await runCliInProcess(['analyze', fixture('demo', 'nightly-sync.ndjson'), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  good = JSON.parse(r.stdout);
});

// biome-ignore lint/suspicious/noExplicitAny: a report edited by hand is any JSON
type Loose = any;
type Edit = (r: Loose) => void;
const edited = (edit: Edit): unknown => {
  const copy = structuredClone(good);
  edit(copy);
  return copy;
};

const firstCode = (r: Loose) => r.levels.response.codes[0];
const cases: Array<[string, Edit, string, RegExp]> = [
  ['notes missing', (r) => delete r.notes, 'notes', /^missing$/],
  ['levels.http missing', (r) => delete r.levels.http, 'levels.http', /^missing$/],
  ['totals.findings missing', (r) => delete r.totals.findings, 'totals.findings', /^missing$/],
  ['timeline.points missing', (r) => delete r.timeline.points, 'timeline.points', /^missing$/],
  ['endpoints missing', (r) => delete firstCode(r).endpoints, 'levels.response.codes[0].endpoints', /^missing$/],
  [
    'samples:[null]',
    (r) => (firstCode(r).samples = [null]),
    'levels.response.codes[0].samples[0]',
    /null, not an object/,
  ],
  ['inputs:[null]', (r) => (r.inputs = [null]), 'inputs[0]', /null, not an object/],
  ['codes not an array', (r) => (r.levels.record.codes = { 0: 1 }), 'levels.record.codes', /an object, not an array/],
  ['a filter not a string', (r) => (r.filters = { code: 606 }), 'filters.code', /not a string or a list of strings/],
  ['a negative count', (r) => (firstCode(r).count = -4), 'levels.response.codes[0].count', /-4, not a count/],
  ['a fractional count', (r) => (r.totals.marketoCalls = 2.5), 'totals.marketoCalls', /2\.5, not a count/],
  [
    'a hand-edited count string',
    (r) => (firstCode(r).endpoints[0].count = '"><meta http-equiv=refresh content="0;url=https://evil.example">'),
    'levels.response.codes[0].endpoints[0].count',
    /^a string, not a count/,
  ],
  ['a timeline point with a string', (r) => (r.timeline.points[0].http = '1'), 'timeline.points[0].http', /a string/],
  [
    'a code filed under the wrong level',
    (r) => (firstCode(r).level = 'record'),
    'levels.response.codes[0].level',
    /"response"/,
  ],
  [
    'a bad sample line',
    (r) => (firstCode(r).samples[0].source.line = null),
    'levels.response.codes[0].samples[0].source.line',
    /null/,
  ],
  ['a share above 1', (r) => (r.totals.failedShare = 7), 'totals.failedShare', /between 0 and 1/],
  [
    'a message param that is an object',
    (r) => (firstCode(r).messages[0].params = [{}]),
    'levels.response.codes[0].messages[0].params[0]',
    /an object/,
  ],
];

test('a report written by analyze passes the schema as it is', () => {
  assert.doesNotThrow(() => checkReport(good));
  assert.ok((good as Loose).levels.response.codes.length > 0, 'the demo log has response-level codes to edit');
});

for (const [name, edit, where, what] of cases) {
  test(`the schema rejects ${name}, naming ${where}`, () => {
    assert.throws(
      () => checkReport(edited(edit)),
      (error: unknown) => error instanceof ReportShapeError && error.path === where && what.test(error.what),
    );
  });
}

test('merge answers "cannot merge FILE: <path> is <what>" and exits 2 for each broken report, never 70', async () => {
  const goodFile = path.join(dir, 'good.json');
  writeFileSync(goodFile, JSON.stringify(good));
  for (const [k, [, edit, where]] of cases.entries()) {
    const file = path.join(dir, `bad-${k}.json`);
    writeFileSync(file, JSON.stringify(edited(edit)));
    const r = await runCliInProcess(['merge', goodFile, file, '--format', 'html']);
    assert.equal(r.code, 2, `${where}: ${r.stderr}`);
    assert.equal(r.stdout, '', 'no report is written from a broken part');
    assert.ok(r.stderr.startsWith(`marketo-errors: cannot merge ${file}: ${where} is `), r.stderr);
    assert.doesNotMatch(r.stderr, /internal error|\bat .*\.js:\d+/);
  }
});

test('a hand-edited diagnostics state (times past the date range, negative counts) reads as empty parts', () => {
  const report = checkReport(
    edited((r) => {
      r.diagnosticsState.rate.calls = [1e308, 1e308];
      r.diagnosticsState.quota.byHour = [8.6e15, 1];
      r.diagnosticsState.concurrency = [-5, 3];
    }),
  );
  const merger = new PartMerger();
  merger.addReport(report);
  const merged = reportOf(merger.finish(), {
    lang: 'en',
    tool: { name: 't', version: '0' },
    filters: {},
    dailyQuota: 50_000,
  });
  for (const format of REPORT_FORMATS) assert.ok(render(format, merged, { lang: 'en' }).length > 0, format);
  assert.equal(merged.totals.marketoCalls, (good as Loose).totals.marketoCalls, 'the counts are untouched');
});
