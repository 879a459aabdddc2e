import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAlertExec } from '../src/follow/alert-exec.js';
import type { AlertEvent } from '../src/follow/alerts.js';
import { followWords } from '../src/follow/words.js';

// A failed --alert-exec hook is said on stderr in the language of the command.
const event: AlertEvent = {
  type: 'alert',
  state: 'start',
  rule: 'rate>=90',
  value: 95,
  threshold: 90,
  text: '95 calls in 20 s',
  at: null,
  source: null,
  diagnostic: null,
  advice: null,
};

test('a hook that exits 3 is a problem with its exit code, said in English and Swedish', async () => {
  const problem = await runAlertExec('cat >/dev/null; exit 3', event, process.env);
  assert.deepEqual(problem, { kind: 'ended', code: 3, signal: null });
  assert.equal(followWords('en').alertExec(problem!), '--alert-exec: ended with exit code 3');
  assert.equal(followWords('sv').alertExec(problem!), '--alert-exec: avslutades med slutkod 3');
});

test('a hook killed by a signal names the signal; one that exits 0 is no problem', async () => {
  const killed = await runAlertExec('kill -TERM $$', event, process.env);
  assert.deepEqual(killed, { kind: 'ended', code: null, signal: 'SIGTERM' });
  assert.match(followWords('sv').alertExec(killed!), /avslutades med SIGTERM$/);
  assert.equal(await runAlertExec('cat >/dev/null', event, process.env), undefined);
});

test('a hook that cannot start: "kan inte köras" in Swedish, the reason as the system gave it', () => {
  const problem = { kind: 'cannotRun', detail: 'spawn /bin/sh ENOENT' } as const;
  assert.equal(followWords('en').alertExec(problem), '--alert-exec: cannot run (spawn /bin/sh ENOENT)');
  assert.equal(followWords('sv').alertExec(problem), '--alert-exec: kan inte köras (spawn /bin/sh ENOENT)');
});
