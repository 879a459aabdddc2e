import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// Last night is the demo log. Tonight is the same log with known changes:
// the calls that hit record code 1015 are gone, the 413 call happened twice,
// and one 606 call came back as 1029 instead (a code never seen before).
// biome-ignore lint/suspicious/noExplicitAny: reports read back as JSON, edited by the tests
type Json = Record<string, any>;
const dir = mkdtempSync(path.join(tmpdir(), 'me-diff-'));
const file = (name: string) => path.join(dir, name);
type Code = {
  level: string;
  code: string;
  change: string;
  base: { count: number; perThousand: number };
  current: { count: number; perThousand: number };
  shareChange: number | null;
};
type Diff = {
  base: { calls: number };
  current: { calls: number };
  codes: Code[];
  diagnostics: Array<{ id: string; change: string }>;
  failOn: unknown[];
};

async function report(log: string, out: string, ...args: string[]): Promise<Json> {
  const r = await runCliInProcess(['analyze', log, '--format', 'json', '-o', file(out), ...args]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(readFileSync(file(out), 'utf8'));
}

let base: Json;
let current: Json;

before(async () => {
  const lines = readFileSync(fixture('demo', 'nightly-sync.ndjson'), 'utf8').split('\n');
  const tonight: string[] = [];
  let turned = false;
  for (const line of lines) {
    if (line.includes('"code":"1015"')) continue;
    tonight.push(line);
    if (line.includes('"statusCode":413'))
      tonight.push(line.replace(/"time":(\d+)/, (_, t) => `"time":${Number(t) + 500}`));
    if (!turned && line.includes('"code":"606"')) {
      turned = true;
      tonight.push(
        line.replace('"code":"606"', '"code":"1029"').replace(/"requestId":"([^"]+)"/, '"requestId":"$1-again"'),
      );
    }
  }
  writeFileSync(file('tonight.ndjson'), tonight.join('\n'));
  base = await report(fixture('demo', 'nightly-sync.ndjson'), 'base.json');
  current = await report(file('tonight.ndjson'), 'current.json');
});

const codeOf = (r: Json, level: string, code: string): number =>
  r.levels[level].codes.find((c: { code: string }) => c.code === code)?.count ?? 0;

async function diff(...args: string[]): Promise<{ code: number | null; diff: Diff; stdout: string }> {
  const r = await runCliInProcess(['diff', ...args]);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return {
    code: r.code,
    diff: args.includes('json') || !args.includes('--format') ? JSON.parse(r.stdout) : (undefined as never),
    stdout: r.stdout,
  };
}

test('diff names the added, removed and doubled codes with counts and per-1,000-call shares', async () => {
  assert.ok(
    codeOf(base, 'record', '1015') > 0 && codeOf(base, 'http', '413') > 0,
    'the demo log has the codes the test changes',
  );
  const { code, diff: d } = await diff(file('base.json'), file('current.json'), '--format', 'json');
  assert.equal(code, 0, 'no --fail-on: exit 0');
  const find = (level: string, c: string) => d.codes.find((x) => x.level === level && x.code === c)!;

  const added = find('response', '1029');
  assert.equal(added.change, 'new');
  assert.deepEqual([added.base.count, added.current.count, added.shareChange], [0, 1, null]);

  const removed = find('record', '1015');
  assert.equal(removed.change, 'gone');
  assert.deepEqual([removed.base.count, removed.current.count], [codeOf(base, 'record', '1015'), 0]);

  const doubled = find('http', '413');
  assert.equal(doubled.change, 'up');
  assert.equal(doubled.current.count, 2 * doubled.base.count);
  const calls = [base.totals.marketoCalls, current.totals.marketoCalls];
  assert.deepEqual([d.base.calls, d.current.calls], calls);
  assert.equal(doubled.base.perThousand, Math.round((doubled.base.count * 100_000) / calls[0]) / 100);
  assert.equal(doubled.current.perThousand, Math.round((doubled.current.count * 100_000) / calls[1]) / 100);
  assert.ok(doubled.shareChange! > 0.9, `doubled in fewer calls: ${doubled.shareChange}`);

  // Order: new, then up, down, gone, same.
  const order = d.codes.map((c) => c.change);
  assert.deepEqual(
    order,
    [...order].sort(
      (a, b) => ['new', 'up', 'down', 'gone', 'same'].indexOf(a) - ['new', 'up', 'down', 'gone', 'same'].indexOf(b),
    ),
  );
});

test('--fail-on new, up:25% and diagnostic:rate-window exit 1 saying what fired; a run against itself: 0', async () => {
  const rules = ['new', 'up:25%', 'diagnostic:rate-window'];
  for (const rule of rules) {
    const r = await runCliInProcess([
      'diff',
      file('base.json'),
      file('current.json'),
      '--fail-on',
      rule,
      '--format',
      'table',
    ]);
    assert.equal(r.code, 1, `${rule}: ${r.stderr}`);
    assert.match(r.stdout, new RegExp(`--fail-on ${rule.replace('%', '%')}: `));
  }
  const same = await runCliInProcess([
    'diff',
    file('base.json'),
    file('base.json'),
    '--fail-on',
    'new,up:25%',
    '--format',
    'table',
  ]);
  assert.equal(same.code, 0, same.stdout);
  assert.match(same.stdout, /codes unchanged/);
  const bad = await runCliInProcess(['diff', file('base.json'), file('current.json'), '--fail-on', 'worse']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--fail-on takes new, up:PERCENT%/);
  const typo = await runCliInProcess([
    'diff',
    file('base.json'),
    file('current.json'),
    '--fail-on',
    'diagnostic:rate-windw',
  ]);
  assert.equal(typo.code, 2);
  assert.match(typo.stderr, /no such diagnostic; one of rate-window, concurrency/);
});

test('reports in different languages are compared by codes and ids, not by words', async () => {
  await report(fixture('demo', 'nightly-sync.ndjson'), 'base-sv.json', '--lang', 'sv');
  const en = await diff(file('base.json'), file('current.json'), '--format', 'json');
  const mixed = await diff(file('base-sv.json'), file('current.json'), '--format', 'json', '--lang', 'sv');
  assert.deepEqual(mixed.diff, en.diff);
  const table = await runCliInProcess([
    'diff',
    file('base-sv.json'),
    file('current.json'),
    '--format',
    'table',
    '--lang',
    'sv',
  ]);
  assert.match(table.stdout, /ny/);
  assert.match(table.stdout, /Koder/);
});

test('diff checks both reports as merge does: a hand-edited count is a clear error, exit 2', async () => {
  const broken = structuredClone(current);
  broken.levels.response.codes[0].count = '"><script>';
  writeFileSync(file('broken.json'), JSON.stringify(broken));
  const r = await runCliInProcess(['diff', file('base.json'), file('broken.json')]);
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /^marketo-errors: cannot diff .*broken\.json: levels\.response\.codes\[0\]\.count is a string, not a count/,
  );
});

test('diff in markdown and csv: log text stays inert', async () => {
  const evil = structuredClone(current);
  evil.levels.response.codes.push({
    ...evil.levels.response.codes[0],
    code: '=cmd|"/c calc"!A1 [x](javascript:1)\u001b[31m',
  });
  writeFileSync(file('evil.json'), JSON.stringify(evil));
  const csv = await runCliInProcess(['diff', file('base.json'), file('evil.json'), '--format', 'csv']);
  assert.equal(csv.code, 0, csv.stderr);
  assert.match(csv.stdout, /'=cmd/);
  const md = await runCliInProcess(['diff', file('base.json'), file('evil.json'), '--format', 'markdown']);
  assert.doesNotMatch(md.stdout, /\u001b|\[x\]\(/);
});
