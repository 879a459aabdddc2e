import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FieldMapError, parseFieldMap, valueAt } from '../src/normalise/field-map.js';
import { CallAssembler, recogniseLine } from '../src/normalise/ndjson/index.js';
import { buildExchange } from '../src/normalise/build-exchange.js';

const SRC = { file: 'f', line: 1 };

test('good specs parse into paths', () => {
  const map = parseFieldMap([
    'responseBody=ctx.http.resp.body',
    'url = events[0].target',
    'status=ctx["http.status"]',
    'requestId=trace.ids[1]',
  ]);
  assert.deepEqual(map.responseBody, ['ctx', 'http', 'resp', 'body']);
  assert.deepEqual(map.url, ['events', 0, 'target']);
  assert.deepEqual(map.status, ['ctx', 'http.status']);
  assert.deepEqual(map.requestId, ['trace', 'ids', 1]);
  assert.equal(valueAt({ events: [{ target: 'u' }] }, map.url!), 'u');
  assert.equal(valueAt({ events: { 0: { target: 'u' } } }, map.url!), undefined, '[0] needs an array');
  assert.equal(valueAt({ ctx: null }, map.responseBody!), undefined);
});

test('bad specs throw FieldMapError with code BAD_FIELD_MAP', () => {
  for (const spec of ['url', 'colour=a.b', 'url=', 'url=a..b', 'url=a.', 'url=.a', 'url=a[x]', 'url=a[0', 'url=a b']) {
    assert.throws(
      () => parseFieldMap([spec]),
      (e: unknown) => e instanceof FieldMapError && e.code === 'BAD_FIELD_MAP' && e.spec === spec,
      spec,
    );
  }
  assert.throws(
    () => parseFieldMap(['url=a', 'url=b']),
    (e: unknown) => e instanceof FieldMapError,
  );
});

test('a field map reads keys that content search cannot name (verb, rc)', () => {
  const line = {
    evt: {
      target: 'https://123-ABC-456.mktorest.com/rest/v1/leads.json',
      verb: 'POST',
      rc: '200',
      took: '87ms',
      at: 1718006400000,
      payload: JSON.stringify({ requestId: 'aa#1', success: false, errors: [{ code: '1003', message: 'bad' }] }),
    },
  };
  // Content search finds the Marketo URL and body under any key, but not a status under `rc`.
  const guessed = recogniseLine(line, SRC);
  assert.ok(guessed.kind === 'call');
  assert.deepEqual(
    [guessed.call.url, guessed.call.status, guessed.call.method],
    [line.evt.target, undefined, undefined],
  );
  const map = parseFieldMap([
    'url=evt.target',
    'method=evt.verb',
    'status=evt.rc',
    'duration=evt.took',
    'time=evt.at',
    'responseBody=evt.payload',
  ]);
  const r = recogniseLine(line, SRC, map);
  assert.equal(r.kind, 'call');
  const ex = buildExchange((r as Extract<typeof r, { kind: 'call' }>).call);
  assert.deepEqual(
    [ex.status, ex.method, ex.durationMs, ex.requestId, ex.startedAt],
    [200, 'POST', 87, 'aa#1', 1718006400000 - 87],
  );
});

test('mapped values win over guessed ones, and requestId pairs split lines', () => {
  const map = parseFieldMap(['status=x.st', 'requestId=ctx.rid']);
  const r = recogniseLine(
    { status: 500, x: { st: 200 }, method: 'GET', url: 'https://123-abc-456.mktorest.com/rest/v1/a.json' },
    SRC,
    map,
  );
  assert.equal(r.kind === 'call' && r.call.status, 200);
  const a = new CallAssembler();
  const req = recogniseLine(
    { ctx: { rid: 'q1' }, method: 'GET', url: 'https://123-abc-456.mktorest.com/rest/v1/a.json', time: 1718006401000 },
    SRC,
    map,
  );
  const res = recogniseLine({ ctx: { rid: 'q1' }, x: { st: 200 }, time: 1718006401250 }, { file: 'f', line: 2 }, map);
  assert.ok(req.kind === 'call' && res.kind === 'call');
  const out = [...a.push(req), ...a.push(res), ...a.flush()];
  assert.equal(out.length, 1);
  assert.deepEqual([out[0]!.status, out[0]!.durationMs, out[0]!.method], [200, 250, 'GET']);
});
