import assert from 'node:assert/strict';
import { runCliInProcess } from './cli-in-process.js';

/** The JSON report of `log` analysed in `n` shards (`--shard k/n --compact`) and merged, as a cluster would. */
export async function mergedShards(log: string, n: number): Promise<Record<string, unknown>> {
  const parts: string[] = [];
  for (let k = 1; k <= n; k++) {
    const r = await runCliInProcess(['analyze', log, '--shard', `${k}/${n}`, '--format', 'json', '--compact']);
    assert.equal(r.code, 0, r.stderr);
    parts.push(r.stdout);
  }
  const r = await runCliInProcess(['merge', '-', '--format', 'json'], parts.join(''));
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}
