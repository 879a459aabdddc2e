import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// Sources name the file and line a sample came from, so they differ between
// the halves and the whole by construction; so do the first calls a part keeps
// for matching retries across a cut (`edges`: the halves are two files here, and
// a file's calls cannot retry another's). Everything else must be equal.
function withoutSources(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v) =>
    key === 'source' || key === 'inputs' || key === 'edges' || /Samples?$|^samples\d*$/.test(key) || key === 'advice'
      ? undefined
      : v,
  );
}

test('analysing two halves and merging their JSON reports equals analysing the whole', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'me-merge-'));
  const lines = readFileSync(fixture('demo', 'nightly-sync.ndjson'), 'utf8').split('\n');
  const cut = Math.floor(lines.length / 2);
  const a = path.join(dir, 'a.ndjson');
  const b = path.join(dir, 'b.ndjson');
  writeFileSync(a, lines.slice(0, cut).join('\n') + '\n');
  writeFileSync(b, lines.slice(cut).join('\n'));
  for (const [input, out] of [
    [a, 'a.json'],
    [b, 'b.json'],
  ]) {
    const r = await runCliInProcess(['analyze', input!, '--format', 'json', '-o', path.join(dir, out!)]);
    assert.equal(r.code, 0, r.stderr);
  }
  const whole = JSON.parse(
    (await runCliInProcess(['analyze', fixture('demo', 'nightly-sync.ndjson'), '--format', 'json'])).stdout,
  );
  const merged = JSON.parse(
    (await runCliInProcess(['merge', path.join(dir, 'a.json'), path.join(dir, 'b.json'), '--format', 'json'])).stdout,
  );

  assert.deepEqual(withoutSources(merged), withoutSources(whole));
  // The parts' inputs add up to the whole's.
  const sum = (r: { inputs: Array<Record<string, number>> }, k: string) => r.inputs.reduce((n, i) => n + i[k]!, 0);
  for (const k of ['exchanges', 'malformedCount', 'unrecognised', 'bytes'])
    assert.equal(sum(merged, k), sum(whole, k), k);
  assert.ok(whole.diagnostics.length > 0, 'the demo log has diagnostics to compare');
});

test('merge refuses a file that is not a report, with exit 2 and no stack trace', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'me-merge-'));
  const bogus = path.join(dir, 'x.json');
  writeFileSync(bogus, '{"hello":1}');
  const r = await runCliInProcess(['merge', bogus]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /not a marketo-errors JSON report/);
  assert.doesNotMatch(r.stderr, /\bat .*\.js:\d+/);
});

test('several files on worker threads (--jobs 2) give the counts of one thread (--jobs 1)', async () => {
  const files = ['flat-client.ndjson', 'pino-http.ndjson', 'datadog-export.ndjson'].map((f) => fixture('ndjson', f));
  const files2 = [...files, fixture('har', 'chromium-marketo-sync.har'), fixture('demo', 'nightly-sync.ndjson')];
  const one = JSON.parse((await runCliInProcess(['analyze', ...files2, '--format', 'json', '--jobs', '1'])).stdout);
  const two = JSON.parse((await runCliInProcess(['analyze', ...files2, '--format', 'json', '--jobs', '2'])).stdout);
  assert.deepEqual(two.levels, one.levels);
  assert.deepEqual(two.totals, one.totals);
  assert.deepEqual(two.inputs, one.inputs);
  assert.deepEqual(two.timeline, one.timeline);
});
