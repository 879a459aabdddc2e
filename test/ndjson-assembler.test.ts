import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawCall } from '../src/normalise/build-exchange.js';
import { CallAssembler, type LinePart } from '../src/normalise/ndjson/index.js';

const MKTO = 'https://123-ABC-456.mktorest.com';
const T = 1718006400000; // epoch ms (small numbers would read as seconds)
let n = 0;
function line(part: LinePart, call: Partial<RawCall>, correlationId?: string) {
  const out: { kind: 'call'; part: LinePart; call: RawCall; correlationId?: string } = {
    kind: 'call',
    part,
    call: { source: { file: 't', line: ++n }, ...call },
  };
  if (correlationId !== undefined) out.correlationId = correlationId;
  return out;
}
const body = (id: string) => ({ requestId: id, success: false, errors: [{ code: '606', message: 'x' }] });

function drain(a: CallAssembler, lines: ReturnType<typeof line>[]): RawCall[] {
  const out: RawCall[] = [];
  for (const l of lines) out.push(...a.push(l));
  return out.concat(a.flush());
}

test('without ids, a request line pairs with the next answer for the same method and path', () => {
  const out = drain(new CallAssembler(), [
    line('request', { method: 'GET', url: `${MKTO}/rest/v1/leads.json?a=1`, startedAt: T + 1000 }),
    line('request', { method: 'POST', url: `${MKTO}/rest/v1/leads.json`, startedAt: T + 1010 }),
    line('whole', {
      method: 'POST',
      url: `${MKTO}/rest/v1/leads.json`,
      status: 200,
      endedAt: T + 1300,
      startedAt: T + 1300,
    }),
    line('whole', {
      method: 'GET',
      url: `${MKTO}/rest/v1/leads.json?a=1`,
      status: 200,
      endedAt: T + 1500,
      startedAt: T + 1500,
    }),
  ]);
  assert.equal(out.length, 2);
  assert.deepEqual(
    out.map((c) => [c.method, c.startedAt, c.durationMs]),
    [
      ['POST', T + 1010, 290],
      ['GET', T + 1000, 500],
    ],
  );
});

test('one trace id, two calls: the answer pairs with the request for its own path', () => {
  const a = new CallAssembler();
  const out = drain(a, [
    line('request', { method: 'GET', url: `${MKTO}/identity/oauth/token` }, 't1'),
    line('request', { method: 'GET', url: `${MKTO}/rest/v1/leads.json` }, 't1'),
    line('whole', { url: `${MKTO}/rest/v1/leads.json`, status: 200, responseBody: body('a#1') }, 't1'),
  ]);
  assert.equal(out.length, 2);
  assert.equal(out[0]!.url, `${MKTO}/rest/v1/leads.json`);
  assert.equal(out[1]!.url, `${MKTO}/identity/oauth/token`);
  assert.equal(out[1]!.noResponse, true, 'the token request was never answered');
});

test('pending requests are capped; the oldest is given up as noResponse', () => {
  const a = new CallAssembler({ maxPending: 2 });
  assert.deepEqual(a.push(line('request', { method: 'GET', url: `${MKTO}/rest/v1/a.json` }, 'r1')), []);
  assert.deepEqual(a.push(line('request', { method: 'GET', url: `${MKTO}/rest/v1/b.json` }, 'r2')), []);
  a.push(line('request', { method: 'GET', url: `${MKTO}/rest/v1/c.json` }, 'r3'));
  assert.equal(a.stats.evicted, 1);
  // r1 is gone: its late answer stands alone (it has a Marketo body).
  a.push(line('response', { status: 200, responseBody: body('late#1') }, 'r1'));
  const out = a.flush();
  assert.deepEqual(
    out.map((c) => [c.url ?? null, c.noResponse ?? false]),
    [
      [`${MKTO}/rest/v1/a.json`, true],
      [null, false],
      [`${MKTO}/rest/v1/b.json`, true],
      [`${MKTO}/rest/v1/c.json`, true],
    ],
  );
});

test('an unpaired response with no URL and no Marketo body is dropped', () => {
  const a = new CallAssembler();
  assert.deepEqual(drain(a, [line('response', { status: 200 }, 'x')]), []);
  assert.equal(a.stats.droppedResponses, 1);
});

test('repeats merge while held, drop while remembered, and memory stays bounded', () => {
  const a = new CallAssembler({ holdWindow: 1, seenWindow: 1 });
  const first = line('whole', { responseBody: body('A#1') });
  const rich = line('whole', { url: `${MKTO}/rest/v1/leads.json`, status: 200, responseBody: body('A#1') });
  assert.deepEqual(a.push(first), []);
  assert.deepEqual(a.push(rich), [], 'merged into the held call');
  const released = a.push(line('whole', { responseBody: body('B#1') }));
  assert.equal(released.length, 1);
  assert.equal(released[0]!.status, 200, 'the richer record was kept');
  assert.equal(released[0]!.source.line, rich.call.source.line);
  assert.deepEqual(a.push(line('whole', { responseBody: body('A#1') })), [], 'A is remembered: dropped');
  assert.equal(a.stats.duplicates, 2);
  // B is released, A falls out of the one-entry memory: a much later repeat counts again.
  a.push(line('whole', { responseBody: body('C#1') }));
  const again = a.push(line('whole', { responseBody: body('A#1') }));
  assert.equal(again.length, 1);
  assert.equal(a.flush().length, 1);
});

test('distinct requestIds are never merged, even with the same error', () => {
  const out = drain(new CallAssembler(), [
    line('whole', { responseBody: body('A#1') }),
    line('whole', { responseBody: body('A#2') }),
  ]);
  assert.equal(out.length, 2);
});
