import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseLine, type LineResult } from '../src/normalise/ndjson/index.js';
import { parseInspect } from '../src/normalise/ndjson/inspect-parse.js';
import { objectInText } from '../src/normalise/ndjson/embedded-text.js';

const SRC = { file: 't.ndjson', line: 1 };
const MKTO = 'https://123-ABC-456.mktorest.com';
const BODY_606 = {
  requestId: 'e42b#14272d07d78',
  success: false,
  errors: [{ code: '606', message: "Max rate limit '100' exceeded with in '20' secs" }],
};

function call(r: LineResult) {
  assert.equal(r.kind, 'call');
  return r as Extract<LineResult, { kind: 'call' }>;
}

test('an app line with a numeric code is not an exchange', () => {
  assert.equal(recogniseLine({ level: 'warn', msg: 'retrying after 606', code: 606 }, SRC).kind, 'unrecognised');
  assert.equal(
    recogniseLine({ level: 40, time: 1718006400000, code: '606', msg: 'retrying after 606' }, SRC).kind,
    'unrecognised',
  );
  assert.equal(recogniseLine({ code: 601, success: false }, SRC).kind, 'unrecognised');
});

test('non-objects and shapeless JSON are unrecognised', () => {
  for (const v of [null, 42, 'text', [BODY_606], {}, { msg: 'hello' }])
    assert.equal(recogniseLine(v, SRC).kind, 'unrecognised');
});

test('a status that is a log level or below 100 is never an HTTP status', () => {
  const dd = call(recogniseLine({ status: 'error', service: 'sync', message: JSON.stringify(BODY_606) }, SRC));
  assert.equal(dd.call.status, undefined);
  assert.equal(dd.part, 'whole');
  const low = call(recogniseLine({ status: 42, method: 'GET', url: `${MKTO}/rest/v1/leads.json` }, SRC));
  assert.equal(low.part, 'request', 'no usable status: only the request is known');
  assert.equal(
    call(recogniseLine({ status: '404', method: 'GET', url: `${MKTO}/rest/v1/x.json` }, SRC)).call.status,
    404,
  );
});

test('HTTP lines for other hosts are other; a status on a Marketo URL is an exchange', () => {
  assert.equal(recogniseLine({ method: 'GET', url: 'https://api.example.com/v1/x', status: 200 }, SRC).kind, 'other');
  assert.equal(
    recogniseLine(
      { req: { method: 'GET', url: '/v1/x', headers: { host: 'api.example.com' } }, res: { statusCode: 500 } },
      SRC,
    ).kind,
    'other',
  );
  const r = call(recogniseLine({ url: `${MKTO}/bulk/v1/leads/export/abc/file.json`, statusCode: 404 }, SRC));
  assert.equal(r.call.status, 404);
  assert.equal(r.part, 'whole');
  const host = call(
    recogniseLine({ method: 'GET', url: 'https://999-XYZ-000.mktorest.com/some/odd/path', statusCode: 200 }, SRC),
  );
  assert.equal(host.part, 'whole');
});

test('a Marketo body merged into the log line keeps only Marketo keys', () => {
  const r = call(
    recogniseLine({ level: 30, time: 1718006400123, pid: 1, hostname: 'h', ...BODY_606, msg: 'marketo response' }, SRC),
  );
  assert.deepEqual(r.call.responseBody, BODY_606);
  assert.equal(r.correlationId, undefined, "Marketo's requestId is not a logger correlation id");
  assert.equal(r.call.startedAt, 1718006400123);
});

test('correlation ids: req.id numbers, reqId, x-request-id, dd.trace_id as a fallback', () => {
  const a = call(
    recogniseLine(
      { req: { id: 7, method: 'GET', url: '/rest/v1/leads.json', headers: { host: '123-abc-456.mktorest.com' } } },
      SRC,
    ),
  );
  assert.equal(a.part, 'request');
  assert.equal(a.correlationId, '7');
  const b = call(recogniseLine({ reqId: 'r-1', dd: { trace_id: '99' }, res: { statusCode: 200 } }, SRC));
  assert.equal(b.part, 'response');
  assert.equal(b.correlationId, 'r-1');
  const c = call(recogniseLine({ dd: { trace_id: '99' }, message: JSON.stringify(BODY_606) }, SRC));
  assert.equal(c.correlationId, '99');
  const d = call(
    recogniseLine(
      { request: { method: 'POST', url: `${MKTO}/rest/v1/leads.json`, headers: { 'x-request-id': 'abc' } } },
      SRC,
    ),
  );
  assert.equal(d.correlationId, 'abc');
});

test('a URL with neither method nor id is not taken for a request line', () => {
  assert.equal(recogniseLine({ msg: 'next page', url: `${MKTO}/rest/v1/leads.json` }, SRC).kind, 'unrecognised');
});

test('bodies inside text: Docker log field, JSON after a prefix and before a suffix', () => {
  const docker = call(
    recogniseLine(
      {
        log:
          JSON.stringify({
            level: 30,
            method: 'GET',
            url: `${MKTO}/rest/v1/leads.json`,
            statusCode: 200,
            responseBody: BODY_606,
          }) + '\n',
        stream: 'stdout',
        time: '2024-06-10T08:00:00.000Z',
      },
      SRC,
    ),
  );
  assert.equal(docker.call.status, 200);
  assert.deepEqual(docker.call.responseBody, BODY_606);
  const suffixed = call(recogniseLine({ message: `marketo response: ${JSON.stringify(BODY_606)} (took 120ms)` }, SRC));
  assert.deepEqual(suffixed.call.responseBody, BODY_606);
  assert.equal(objectInText('no braces here'), undefined);
  assert.equal(objectInText('set {not json at all'), undefined);
});

test('network errors and cancelled requests have no response', () => {
  const econn = call(
    recogniseLine({ err: { code: 'ECONNRESET', config: { url: `${MKTO}/rest/v1/leads.json`, method: 'get' } } }, SRC),
  );
  assert.equal(econn.call.noResponse, true);
  assert.equal(econn.call.method, 'get');
  const abort = call(
    recogniseLine(
      {
        error: { name: 'AbortError', message: 'This operation was aborted' },
        method: 'GET',
        url: `${MKTO}/rest/v1/x.json`,
      },
      SRC,
    ),
  );
  assert.equal(abort.call.noResponse, true);
  // A 4xx axios error is not a network error even though its code starts with E.
  const bad = call(
    recogniseLine(
      { err: { code: 'ERR_BAD_REQUEST', config: { url: `${MKTO}/rest/v1/x.json` }, response: { status: 400 } } },
      SRC,
    ),
  );
  assert.equal(bad.call.noResponse, undefined);
  assert.equal(bad.call.status, 400);
});

test('parseInspect reads util.inspect output, and fails cleanly on garbage', () => {
  assert.deepEqual(
    parseInspect("{ a: 'x', 'b-c': \"it's\", n: -1.5, t: true, u: undefined, arr: [ 1, [Object], [Array] ] }"),
    {
      a: 'x',
      'b-c': "it's",
      n: -1.5,
      t: true,
      u: undefined,
      arr: [1, {}, []],
    },
  );
  assert.deepEqual(
    parseInspect("Foo {\n  s: 'ab' +\n    'cd',\n  list: [ 1, ... 9 more items ],\n  [Symbol(x)]: 1\n}"),
    { s: 'abcd', list: [1] },
  );
  assert.equal(parseInspect('{ a: '), undefined);
  assert.equal(parseInspect("{ a: 'unterminated }"), undefined);
  assert.equal(parseInspect('{ a: b c }'), undefined);
  // Deep nesting gives up instead of overflowing the stack.
  assert.equal(parseInspect('{ a: '.repeat(100) + '1' + ' }'.repeat(100)), undefined);
});
