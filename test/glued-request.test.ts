import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partedRequestLine } from '../src/normalise/text/glued-request.js';

// HTTPie's --print=HhBb, one call after another (fixtures/clients/httpie-print.log is the recorded one).
const BODY_602 =
  '{"requestId":"a4c3#18f3c205ccd","success":false,"errors":[{"code":"602","message":"Access token expired"}]}';

test('a body with the next request line glued to its end is parted in two', () => {
  assert.deepEqual(partedRequestLine(`${BODY_602}POST /rest/v1/leads.json HTTP/1.1`), {
    body: BODY_602,
    request: 'POST /rest/v1/leads.json HTTP/1.1',
  });
  for (const line of [
    `${BODY_602} POST /rest/v1/leads.json HTTP/1.1`, // a space between: a message with a body, not HTTPie's
    '{"msg":"}GET /rest/v1/leads.json HTTP/1.1"}', // inside a string
    `x ${BODY_602}GET /rest/v1/leads.json HTTP/1.1`, // text before the body
    BODY_602,
  ])
    assert.equal(partedRequestLine(line), undefined, line);
});
