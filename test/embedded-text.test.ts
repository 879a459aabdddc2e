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
