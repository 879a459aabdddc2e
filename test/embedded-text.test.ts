import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findObjectInText } from '../src/normalise/ndjson/embedded-text.js';

// What a logger writes around a Marketo body it prints inside its message.
const BODY = '{"requestId":"a1b2#c3d4","success":false,"errors":[{"code":"606","message":"Max rate limit"}]}';

test('a JSON body at the end of a message is read, and the text before it is what stands beside it', () => {
  const found = findObjectInText(`marketo response: ${BODY}\r\n`);
  assert.deepEqual(found?.value, JSON.parse(BODY));
  assert.equal(found?.beside, 'marketo response: ');
});

test('text after the body is text beside it too', () => {
  const found = findObjectInText(`POST /rest/v1/leads.json -> ${BODY} (took 120 ms)`);
  assert.deepEqual(found?.value, JSON.parse(BODY));
  assert.equal(found?.beside, 'POST /rest/v1/leads.json ->   (took 120 ms)');
});

test('a blank JSON does not allow after the body (no-break space) still leaves the body readable', () => {
  const found = findObjectInText(`response ${BODY}\u00a0`);
  assert.deepEqual(found?.value, JSON.parse(BODY));
  assert.equal(found?.beside, 'response  \u00a0');
});

test('a body cut short is no object; one that is not JSON is read as a printed object, text and all', () => {
  assert.equal(findObjectInText(`response ${BODY.slice(0, 40)}`), undefined);
  assert.deepEqual(findObjectInText('payload {"input": big})'), {
    value: { input: 'big' },
    beside: 'payload {"input": big})',
  });
  // A printed Python dict is read as a printed object, with the whole text beside it.
  const printed = findObjectInText("error from marketo: {'code': '606', 'message': 'Max rate limit'}");
  assert.deepEqual(printed?.value, { code: '606', message: 'Max rate limit' });
});

test('a printed Python or Ruby body keeps its booleans and nulls (True, False, None, nil)', () => {
  const python = findObjectInText(
    "marketo response: {'requestId': 'e42b#1', 'success': False, 'moreResult': None, " +
      "'errors': [{'code': '606', 'message': \"Max rate limit '100' exceeded with in '20' secs\"}]}",
  );
  assert.deepEqual(python?.value, {
    requestId: 'e42b#1',
    success: false,
    moreResult: null,
    errors: [{ code: '606', message: "Max rate limit '100' exceeded with in '20' secs" }],
  });
  const ok = findObjectInText("{'requestId': 'e42c#2', 'success': True, 'result': [{'id': 5, 'status': 'updated'}]}");
  assert.deepEqual(ok?.value, { requestId: 'e42c#2', success: true, result: [{ id: 5, status: 'updated' }] });
  const ruby = findObjectInText('response: {requestId: "e42d#3", success: false, nextPageToken: nil}');
  assert.deepEqual(ruby?.value, { requestId: 'e42d#3', success: false, nextPageToken: null });
  // A word that only starts like one stays a word.
  assert.deepEqual(findObjectInText("{'status': Falsey}")?.value, { status: 'Falsey' });
});
