import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type LineResult, recogniseLine } from '../src/normalise/ndjson/index.js';

// Go's encoding/json decodes Marketo's keys into a struct with no json tags (it matches names case-insensitively)
// and writes them back under the Go names: `{"RequestID":..,"Success":false,"Errors":[{"Code":..,"Message":..}]}`,
// as slog's JSONHandler logs slog.Any("body", answer) (fixtures/clients/go-slog-json.log).
const SRC = { file: 'go-slog-json.log', line: 3 };
// Any logger's record: the shape looks only at the body.
const RECORD = {
  msg: 'marketo answered',
  url: 'http://284-rpr-133.mktorest.com:34433/rest/v1/leads.json',
  status: 200,
};

function bodyOf(r: LineResult): unknown {
  assert.equal(r.kind, 'call');
  return (r as Extract<LineResult, { kind: 'call' }>).call.responseBody;
}

test("a body with Go's field names is read with Marketo's", () => {
  const body = {
    RequestID: 'a4c1#1',
    Success: true,
    Result: [
      { ID: 3001, Status: 'created', Reasons: null },
      { ID: 0, Status: 'skipped', Reasons: [{ Code: '1005', Message: 'Lead already exists' }] },
    ],
    Errors: null,
  };
  assert.deepEqual(bodyOf(recogniseLine({ ...RECORD, body }, SRC)), {
    requestId: 'a4c1#1',
    success: true,
    result: [
      { id: 3001, status: 'created', reasons: null },
      { id: 0, status: 'skipped', reasons: [{ code: '1005', message: 'Lead already exists' }] },
    ],
    errors: null,
  });
  const failure = { RequestID: 'a4c2#1', Success: false, Errors: [{ Code: '606', Message: 'Max rate limit' }] };
  assert.deepEqual(bodyOf(recogniseLine({ ...RECORD, response: failure }, SRC)), {
    requestId: 'a4c2#1',
    success: false,
    errors: [{ code: '606', message: 'Max rate limit' }],
  });
});

test("an object with a Success flag and nothing else of Marketo's is left as logged", () => {
  const read = recogniseLine({ ...RECORD, body: { Success: false, Reason: 'disk full' } }, SRC);
  assert.deepEqual(bodyOf(read), { Success: false, Reason: 'disk full' });
});
