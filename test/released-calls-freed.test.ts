import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { RawCall } from '../src/normalise/build-exchange.js';
import { CallAssembler } from '../src/normalise/ndjson/index.js';

/**
 * A call the assembler has handed on belongs to the caller alone: the hold
 * queue must not keep it alive. It kept up to 4,096 of them (the slots before
 * its head index were only dropped when the queue was compacted), and every
 * young-generation GC copied them again: 13% of the CPU on a log of short
 * lines (bench/README.md). Checked with WeakRefs and a forced full GC.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const MKTO = 'https://123-ABC-456.mktorest.com';
const call = (i: number): RawCall => ({
  source: { file: 'sync.log', line: i + 1 },
  method: 'POST',
  url: `${MKTO}/rest/v1/leads.json`,
  status: 200,
  responseBody: { requestId: `5e1c#${i.toString(16)}`, success: true, result: [] },
});

/** Pushes `n` calls; weak references to those handed on (out of this frame, so that no local holds one). */
function pushCalls(assembler: CallAssembler, n: number): Array<WeakRef<RawCall>> {
  const handedOn: Array<WeakRef<RawCall>> = [];
  for (let i = 0; i < n; i++) {
    for (const out of assembler.push({ kind: 'call', part: 'whole', call: call(i) })) handedOn.push(new WeakRef(out));
  }
  return handedOn;
}

test('calls the assembler handed on are not kept alive by its hold queue', async () => {
  const holdWindow = 16;
  const assembler = new CallAssembler({ holdWindow });
  const handedOn = pushCalls(assembler, 2_000);
  assert.equal(handedOn.length, 2_000 - holdWindow);
  // WeakRefs made in this job hold their targets until it ends.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  const alive = handedOn.filter((ref) => ref.deref() !== undefined).length;
  assert.equal(alive, 0, `${alive} of ${handedOn.length} calls handed on are still alive`);
  // The calls still held are released whole at the end.
  assert.equal(assembler.flush().length, holdWindow);
});
