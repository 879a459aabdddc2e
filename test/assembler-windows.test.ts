import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawCall } from '../src/normalise/build-exchange.js';
import { CallAssembler } from '../src/normalise/ndjson/index.js';

/**
 * The assembler forgets the oldest requestId it handed out, and gives up the
 * oldest waiting request, once its windows are full. Forgetting from the front
 * of a Set or Map with delete() leaves holes that every later walk from the
 * front steps over again, so each call would cost in proportion to the window
 * (600,000 calls with requestIds took 32 s). Not a speed test: the cost per call
 * of a large window against a small one, after both are full.
 */
const MKTO = 'https://123-ABC-456.mktorest.com';
const TIMED = 120_000;
const MAX_RATIO = 10;
const NOISE_MS = 300;

const answered = (i: number): { kind: 'call'; part: 'whole'; call: RawCall } => ({
  kind: 'call',
  part: 'whole',
  call: {
    source: { file: 't', line: i + 1 },
    url: `${MKTO}/rest/v1/leads.json`,
    status: 200,
    responseBody: { requestId: `e42b#${i}`, success: true, result: [] },
  },
});
const unanswered = (i: number): { kind: 'call'; part: 'request'; call: RawCall; correlationId: string } => ({
  kind: 'call',
  part: 'request',
  correlationId: `req-${i}`,
  call: { source: { file: 't', line: i + 1 }, method: 'POST', url: `${MKTO}/rest/v1/leads.json` },
});

/** Best of three: ms for TIMED more lines once `window` lines filled the assembler. */
function msPerWindow(window: number, make: (i: number) => Parameters<CallAssembler['push']>[0]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const a = new CallAssembler({ seenWindow: window, maxPending: window, holdWindow: 16 });
    for (let i = 0; i < window + 16; i++) a.push(make(i));
    const start = performance.now();
    for (let i = window + 16; i < window + 16 + TIMED; i++) a.push(make(i));
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

for (const [what, make] of [
  ['requestIds handed out', answered],
  ['requests waiting for an answer', unanswered],
] as const) {
  test(`a full window of ${what} costs the same per line whatever its size`, () => {
    const small = msPerWindow(500, make);
    const large = msPerWindow(40_000, make);
    assert.ok(large < NOISE_MS || large < small * MAX_RATIO, `${large.toFixed(0)} ms against ${small.toFixed(0)} ms`);
  });
}
