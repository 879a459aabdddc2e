import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { HAR_ENTRY_606 } from './helpers/har-entry.js';

// HAR entries and JSON documents that are not what they claim: each is named
// for what it is, the usable rest is analysed, and the exit code says whether
// the report is whole.

const ENTRY = HAR_ENTRY_606;

interface Report {
  complete: boolean;
  totals: { marketoCalls: number; unrecognised: number };
  inputs: Array<{
    malformed: Array<{ line: number; reason: string; entry?: number }>;
    malformedCount: number;
    truncated: false | { line: number; reason: string };
  }>;
}

async function analyze(
  text: string,
  ...args: string[]
): Promise<{ code: number | null; report: Report; stderr: string }> {
  const { code, stdout, stderr } = await runCliInProcess(['analyze', '--format', 'json', ...args], text);
  assert.doesNotMatch(stderr, /internal error|\n\s+at /, stderr);
  return { code, report: JSON.parse(stdout) as Report, stderr };
}

test('a HAR entry that is an array is skipped as "not an object" and the entries after it are read', async () => {
  const har = JSON.stringify({ log: { version: '1.2', entries: [[1, [2]], ENTRY, [], ENTRY] } });
  const { code, report, stderr } = await analyze(har);
  assert.equal(code, 0, stderr);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(report.inputs[0]!.malformed, [
    { line: 1, reason: 'har-entry-not-object', entry: 1 },
    { line: 1, reason: 'har-entry-not-object', entry: 3 },
  ]);
});

test('{} entries are named by entry number as entries without a request, not as lines that are not JSON', async () => {
  const har = JSON.stringify({ log: { version: '1.2', entries: [{}, ENTRY, { response: {} }] } });
  const { code, report, stderr } = await analyze(har);
  assert.equal(code, 0, stderr);
  assert.deepEqual(
    report.inputs[0]!.malformed.map((m) => [m.entry, m.reason]),
    [
      [1, 'har-entry-no-request'],
      [3, 'har-entry-no-request'],
    ],
  );
  assert.match(stderr, /2 HAR entries are not a usable request and were skipped \(1#entry1, 1#entry3\)/);
  assert.doesNotMatch(stderr, /not JSON/);
  const table = await runCliInProcess(['analyze', '--format', 'markdown'], har);
  assert.match(table.stdout, /1#entry3/);
});

test('a HAR without its "log" wrapper (jq .log), on one line or pretty-printed, is named and exits 3', async () => {
  const inner = { version: '1.2', creator: { name: 'x', version: '1' }, entries: [ENTRY] };
  for (const text of [JSON.stringify(inner), JSON.stringify(inner, null, 2)]) {
    const { code, report, stderr } = await analyze(text);
    assert.equal(code, 3, stderr);
    assert.equal(report.complete, false);
    assert.match(stderr, /not a HAR: this JSON has "entries" but no "log"/);
  }
});

test('one unrecognised record that is not HAR-like stays a clean, complete run', async () => {
  const { code, report } = await analyze(JSON.stringify({ name: 'my-app', version: '1.0.0' }) + '\n');
  assert.equal(code, 0);
  assert.equal(report.complete, true);
  assert.equal(report.totals.unrecognised, 1);
});

test('a HAR entry over the 8 MiB cap: another host (a video) counts as other, a Marketo one exits 3', async () => {
  const big = 'A'.repeat(9 << 20);
  const video = {
    request: { method: 'GET', url: 'https://videos.example.com/intro.mp4' },
    response: { status: 200, content: { text: big } },
  };
  const marketo = {
    request: { method: 'POST', url: 'https://123-ABC-456.mktorest.com/rest/v1/leads.json' },
    response: { status: 200, content: { text: big } },
  };
  const other = await analyze(JSON.stringify({ log: { version: '1.2', entries: [ENTRY, video] } }));
  assert.equal(other.code, 0, other.stderr);
  assert.equal(other.report.complete, true);
  assert.equal(other.report.totals.marketoCalls, 1);
  const mk = await analyze(JSON.stringify({ log: { version: '1.2', entries: [ENTRY, marketo, ENTRY] } }));
  assert.equal(mk.code, 3, mk.stderr);
  assert.equal(mk.report.totals.marketoCalls, 2);
  assert.match(mk.stderr, /<stdin>:1#entry2: a record of \d+ bytes is over the 8 MiB cap/);
});
