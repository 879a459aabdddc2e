import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type LineResult, recogniseLine } from '../src/normalise/ndjson/index.js';

// Lines as got 14's hooks write them through pino (fixtures/node-clients/got-pino.ndjson has the recording).
const SRC = { file: 'got.ndjson', line: 1 };
const URL_ = 'http://284-rpr-133.mktorest.com:35209/rest/v1/leads.json';
const TIMINGS = {
  start: 1796382578938,
  socket: 1796382578939,
  lookup: 1796382578939,
  connect: 1796382578939,
  upload: 1796382578962,
  response: 1796382578979,
  end: 1796382578979,
  phases: { wait: 1, dns: 0, tcp: 1, request: 23, firstByte: 17, download: 0, total: 41 },
};

function call(r: LineResult) {
  assert.equal(r.kind, 'call');
  return r as Extract<LineResult, { kind: 'call' }>;
}

test("got's timings give the call its start and duration, on a response line and on an HTTPError", () => {
  const response = call(
    recogniseLine(
      { level: 30, time: 1796382578980, method: 'POST', url: URL_, statusCode: 413, timings: TIMINGS },
      SRC,
    ),
  );
  assert.deepEqual([response.call.startedAt, response.call.durationMs], [TIMINGS.start, 41]);
  const error = call(
    recogniseLine(
      {
        level: 50,
        time: 1796382578981,
        err: { type: 'HTTPError', code: 'ERR_NON_2XX_3XX_RESPONSE', timings: TIMINGS },
        url: URL_,
        statusCode: 413,
      },
      SRC,
    ),
  );
  assert.deepEqual([error.call.startedAt, error.call.durationMs], [TIMINGS.start, 41]);
});

test('timings cut short by a network error (no phases.total) give a start and no duration', () => {
  const { phases: _, end: __, response: ___, ...cut } = TIMINGS;
  const dropped = call(
    recogniseLine(
      {
        level: 50,
        time: 1796382578990,
        err: { type: 'RequestError', code: 'ECONNRESET', timings: { ...cut, error: 1796382578990, phases: {} } },
        url: URL_,
      },
      SRC,
    ),
  );
  assert.deepEqual(
    [dropped.call.noResponse, dropped.call.startedAt, dropped.call.durationMs],
    [true, TIMINGS.start, undefined],
  );
});
