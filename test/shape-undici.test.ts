import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type LineResult, recogniseLine } from '../src/normalise/ndjson/index.js';

// Lines as a diagnostics_channel subscriber and an app on undici 7 write them
// (fixtures/node-clients/undici-diagnostics.ndjson has the recording).
const SRC = { file: 'undici.ndjson', line: 1 };
const ORIGIN = 'http://284-rpr-133.mktorest.com:44415';
const PATH = '/rest/v1/leads.json?filterType=id&filterValues=4102';
const line = (fields: Record<string, unknown>) => ({ time: '2026-12-04T11:10:16.730Z', method: 'GET', ...fields });

function call(r: LineResult) {
  assert.equal(r.kind, 'call');
  return r as Extract<LineResult, { kind: 'call' }>;
}

test("undici's origin and path are one URL: a created request waits for its response line", () => {
  const created = call(recogniseLine(line({ msg: 'undici:request:create', origin: ORIGIN, path: PATH }), SRC));
  assert.equal(created.part, 'request');
  assert.equal(created.call.url, `${ORIGIN}${PATH}`);
  const headers = call(
    recogniseLine(
      line({ msg: 'undici:request:headers', origin: ORIGIN, path: PATH, response: { statusCode: 503 }, durationMs: 2 }),
      SRC,
    ),
  );
  assert.deepEqual([headers.call.url, headers.call.status, headers.call.durationMs], [`${ORIGIN}${PATH}`, 503, 2]);
});

test('an origin that is not scheme://host, or a path that is not absolute, makes no URL', () => {
  for (const [origin, path] of [
    ['lead-sync', PATH],
    [`${ORIGIN}/rest`, PATH],
    [ORIGIN, 'rest/v1/leads.json'],
  ]) {
    const r = recogniseLine(line({ msg: 'x', origin, path, response: { statusCode: 200 } }), SRC);
    assert.ok(r.kind !== 'call' || r.call.url !== `${origin}${path}`, `${origin} ${path}`);
  }
});

test("undici's errors about a received response keep its status and repeat its call; a socket's had none", () => {
  const retry = call(
    recogniseLine(
      line({
        msg: 'undici:request:error',
        origin: ORIGIN,
        path: PATH,
        error: { name: 'RequestRetryError', code: 'UND_ERR_REQ_RETRY', message: 'Request failed', statusCode: 503 },
      }),
      SRC,
    ),
  );
  assert.deepEqual([retry.call.status, retry.call.noResponse, retry.call.textMention?.status], [503, undefined, 503]);
  const refused = call(
    recogniseLine(
      line({
        msg: 'POST /rest/v1/leads.json failed',
        url: `${ORIGIN}/rest/v1/leads.json`,
        err: { name: 'ResponseError', code: 'UND_ERR_RESPONSE', message: 'Response Error', statusCode: 413, body: '' },
      }),
      SRC,
    ),
  );
  assert.deepEqual([refused.call.status, refused.call.noResponse], [413, undefined]);
  const dropped = call(
    recogniseLine(
      line({
        msg: 'undici:request:error',
        origin: ORIGIN,
        path: '/rest/v1/activities.json',
        error: { name: 'SocketError', code: 'UND_ERR_SOCKET', message: 'other side closed' },
      }),
      SRC,
    ),
  );
  assert.deepEqual([dropped.call.status, dropped.call.noResponse], [undefined, true]);
});

test("fetch's `TypeError: fetch failed` had no response when its cause is a network error", () => {
  const failed = (cause: unknown) =>
    recogniseLine(
      line({
        msg: 'activities page failed',
        origin: ORIGIN,
        path: '/rest/v1/activities.json',
        err: { name: 'TypeError', message: 'fetch failed', cause },
      }),
      SRC,
    );
  assert.equal(call(failed({ name: 'SocketError', code: 'UND_ERR_SOCKET' })).call.noResponse, true);
  assert.equal(call(failed({ name: 'SocketError', code: 'UND_ERR_SOCKET' })).part, 'whole');
  assert.equal(failed({ name: 'Error', code: 'ERR_INVALID_URL' }).kind === 'call', true);
  assert.equal(call(failed({ name: 'Error', code: 'ERR_INVALID_URL' })).part, 'request', 'no answer is known');
});
