import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type LineResult, recogniseLine } from '../src/normalise/ndjson/index.js';

// A record as go_slog_sync.go writes slog's JSONHandler output (fixtures/clients/go-slog-json.log).
const SRC = { file: 'go-slog-json.log', line: 3 };
const RECORD = {
  time: '2026-12-04T21:51:34.813728822Z',
  level: 'WARN',
  msg: 'records skipped',
  method: 'POST',
  url: 'http://284-rpr-133.mktorest.com:34433/rest/v1/leads.json',
  status: 200,
  duration: 2188034,
};

function durationOf(r: LineResult): number | undefined {
  assert.equal(r.kind, 'call');
  return (r as Extract<LineResult, { kind: 'call' }>).call.durationMs;
}

test("slog's JSONHandler writes a Duration in nanoseconds: 2188034 is 2.19 ms", () => {
  assert.equal(durationOf(recogniseLine(RECORD, SRC)), 2.188034);
  assert.equal(
    durationOf(recogniseLine({ ...RECORD, level: 'INFO+2', time: '2026-12-04T22:51:34+01:00' }, SRC)),
    2.188034,
  );
});

test("a record of another logger keeps milliseconds, and so does slog's TextHandler's `4.39ms`", () => {
  assert.equal(durationOf(recogniseLine({ ...RECORD, level: 'warn' }, SRC)), 2188034);
  assert.equal(durationOf(recogniseLine({ ...RECORD, time: 1796420000 }, SRC)), 2188034);
  assert.equal(durationOf(recogniseLine({ ...RECORD, duration: '4.396116ms' }, SRC)), 4.396116);
});

test("the TextHandler's group, in dotted keys, is put back together as the body", () => {
  // fixtures/clients/go-slog-text.log: slog.Group("body", "requestId", ..., "success", false, "errors", errs).
  const line = {
    time: '2026-12-04T21:55:53.969Z',
    level: 'ERROR',
    msg: 'marketo call failed',
    method: 'GET',
    url: 'http://284-rpr-133.mktorest.com:38195/rest/v1/leads.json?filterType=id&filterValues=4101',
    status: '200',
    duration: '724.848µs',
    'body.requestId': 'a4c3#18f3c205ccd',
    'body.success': 'false',
    'body.errors': '[map[code:602 message:Access token expired]]',
  };
  const read = recogniseLine(line, SRC);
  assert.equal(read.kind, 'call');
  assert.deepEqual((read as Extract<LineResult, { kind: 'call' }>).call.responseBody, {
    success: false,
    requestId: 'a4c3#18f3c205ccd',
    errors: [{ code: '602', message: 'Access token expired' }],
  });
  // A group whose success is no flag is no body.
  const other = recogniseLine({ ...line, 'body.success': 'maybe' }, SRC);
  assert.equal((other as Extract<LineResult, { kind: 'call' }>).call.responseBody, undefined);
});
