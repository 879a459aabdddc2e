import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { CONTEXT_BYTES } from '../src/pipeline/read-range.js';
import { BIN, ROOT, runCli } from './helpers/run-cli.js';

const python = ['/usr/bin/python3', 'python3'].find(
  (exe) => spawnSync(exe, ['-c', 'import distributed, fsspec'], { stdio: 'ignore' }).status === 0,
);
const skip = python
  ? false
  : 'python3-distributed is not installed (apt-get install python3-distributed; .ci/run does)';

test('a worker fetches at least the bytes the CLI reads around a range (remote.py mirrors read-range.ts)', () => {
  const remote = readFileSync(path.join(ROOT, 'integrations/dask/marketo_errors_dask/remote.py'), 'utf8');
  const shift = Number(/^CLI_CONTEXT_BYTES = 4 << (\d+)$/m.exec(remote)?.[1]);
  assert.ok(4 * 2 ** shift >= CONTEXT_BYTES, `remote.py fetches ${4 * 2 ** shift} bytes of context`);
});

interface Planned {
  shards: Array<{ url: string; start: number; end: number; size: number; whole: boolean }>;
  fetched: number[];
}

test('a plain log on memory:// is cut into byte ranges: each remote shard reports as the local range, named by URL', {
  skip,
  timeout: 300_000,
}, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'me-remote-'));
  const log = path.join(dir, 'big.ndjson');
  // The bench's generator: every log shape, split pairs, 606 bursts; 20 MB so that a shard fetches less than the file.
  const gen = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bench/generate.mjs'), '--seed', '5', '--size', '20MB', '--format', 'ndjson', '--out', log],
    { encoding: 'utf8' },
  );
  assert.equal(gen.status, 0, gen.stderr);
  const url = 'memory:///logs/big.ndjson';
  const driver = spawnSync(
    python!,
    [
      path.join(ROOT, 'integrations/dask/tests/remote_check.py'),
      dir,
      `${process.execPath} ${BIN}`,
      String(7 << 20),
      log,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 280_000 },
  );
  assert.equal(driver.status, 0, driver.stderr.slice(-3000));
  const plan = JSON.parse(driver.stdout.trim().split('\n').pop()!) as Planned;
  assert.equal(plan.shards.length, 3, 'three byte ranges of a 20 MB file in 7 MiB shards');
  assert.ok(plan.shards.every((s) => !s.whole && s.url === url));
  // The middle shard holds none of the file's first or last 4 MiB: a sparse copy, not the whole file.
  assert.ok(plan.fetched[1]! < plan.shards[1]!.size - 4_000_000, `fetched ${plan.fetched[1]}`);

  const named = (text: string): unknown => JSON.parse(text.split(JSON.stringify(log).slice(1, -1)).join(url));
  for (const [k, s] of plan.shards.entries()) {
    const local = await runCli(['analyze', log, '--byte-range', `${s.start}:${s.end}`, '--format', 'json', '-q']);
    assert.equal(local.code, 0, local.stderr);
    const remote = JSON.parse(readFileSync(path.join(dir, `shard-${k}.json`), 'utf8'));
    assert.deepEqual(remote, named(local.stdout), `shard ${k + 1}`);
  }

  const one = named((await runCli(['analyze', log, '--format', 'json', '-q'])).stdout) as Record<string, unknown>;
  const dask = JSON.parse(readFileSync(path.join(dir, 'dask.json'), 'utf8'));
  for (const key of ['complete', 'inputs', 'totals', 'levels', 'timeline']) assert.deepEqual(dask[key], one[key], key);
  assert.equal(dask.inputs[0].name, url);
  assert.ok(dask.totals.marketoCalls > 1000);
});
