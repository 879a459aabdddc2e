import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { BIN, fixture, ROOT } from './helpers/run-cli.js';

// Debian's python3-distributed lives in the system Python; a pyenv or venv python3 first on PATH may lack it.
const python = ['/usr/bin/python3', 'python3'].find(
  (exe) => spawnSync(exe, ['-c', 'import distributed, fsspec'], { stdio: 'ignore' }).status === 0,
);
const skip = python
  ? false
  : 'python3-distributed is not installed (apt-get install python3-distributed; .ci/run does)';

test('Dask on LocalCluster(n_workers=2): the distributed report equals one machine, a worker killed ' +
  'mid-shard included; a shard that keeps failing is named missing', {
  skip,
  timeout: 300_000,
}, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'me-dask-'));
  const demo = fixture('demo', 'nightly-sync.ndjson');
  const gz = path.join(dir, 'pino-http.ndjson.gz');
  writeFileSync(gz, gzipSync(readFileSync(fixture('ndjson', 'pino-http.ndjson'))));
  const files = [demo, fixture('har', 'chromium-marketo-sync.har'), gz];
  const cli = `${process.execPath} ${BIN}`;
  // 60 kB shards: the demo log (214 kB) is cut into 4 byte ranges (3 cuts; shard-merge.test cuts finer), the HAR
  // and the gzip stay whole. Each shard is a CLI process per run: 6 shards cost 4 processes less than 8 did.
  const driver = spawnSync(
    python!,
    [path.join(ROOT, 'integrations/dask/tests/local_cluster_check.py'), dir, cli, '60000', ...files],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 280_000,
    },
  );
  assert.equal(driver.status, 0, driver.stderr.slice(-3000));
  const plan = JSON.parse(driver.stdout.trim().split('\n').pop()!);
  assert.ok(plan.ranged >= 4 && plan.shards === plan.ranged + 2, driver.stdout);

  const one = JSON.parse((await runCliInProcess(['analyze', ...files, '--format', 'json'])).stdout);
  const killed = JSON.parse(readFileSync(path.join(dir, 'killed.json'), 'utf8'));
  for (const key of ['complete', 'inputs', 'totals', 'levels', 'notes', 'diagnostics', 'timeline']) {
    assert.deepEqual(killed[key], one[key], key);
  }

  const missing = JSON.parse(readFileSync(path.join(dir, 'missing.json'), 'utf8'));
  const [name, error] = readFileSync(path.join(dir, 'missing.txt'), 'utf8').split('\t');
  assert.match(name!, /nightly-sync\.ndjson bytes \d+-\d+$/);
  assert.match(error!, /disk on fire/);
  assert.equal(missing.complete, false);
  const named = missing.inputs.find((i: { name: string }) => i.name === name);
  assert.ok(named, 'the missing shard is an input of the report');
  assert.match(named.truncated.reason, /not analysed: disk on fire/);
  assert.ok(missing.totals.marketoCalls < one.totals.marketoCalls && missing.totals.marketoCalls > 0);
});
