import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeInText } from '../src/normalise/text/codes-in-text.js';

const RATE = "Max rate limit '100' exceeded with in '20' secs";

test("marketorestpython's exception text, and the traceback line that ends with it", () => {
  assert.deepEqual(codeInText(`sync failed: Marketo API Error Code 606: ${RATE}`), {
    code: '606',
    message: RATE,
    kind: 'exception',
    level: 'response',
  });
  assert.deepEqual(
    codeInText(
      `marketorestpython.helper.exceptions.MarketoException: Marketo API Error Code 1006: Field 'foo' not found`,
    ),
    {
      code: '1006',
      message: "Field 'foo' not found",
      kind: 'traceback',
      level: 'response',
    },
  );
});

test('Python dict reprs: single quotes, u-prefixes, the message before or after the code', () => {
  assert.deepEqual(codeInText(`error from http_lib.py: {'code': '606', 'message': "${RATE}"}`), {
    code: '606',
    message: RATE,
    kind: 'dict',
    level: 'response',
  });
  assert.deepEqual(codeInText(`{u'message': u'Access token expired', u'code': u'602'}`), {
    code: '602',
    message: 'Access token expired',
    kind: 'dict',
    level: 'response',
  });
  assert.deepEqual(codeInText(`{'code': 615, 'message': 'Concurrent access limit \\'10\\' reached'}`), {
    code: '615',
    message: "Concurrent access limit '10' reached",
    kind: 'dict',
    level: 'response',
  });
});

test('Ruby Hashes as #inspect prints them (Ruby 3.4 puts spaces around =>)', () => {
  assert.deepEqual(codeInText(`Marketo refused: {"code"=>"606", "message"=>"${RATE}"}`), {
    code: '606',
    message: RATE,
    kind: 'dict',
    level: 'response',
  });
  assert.deepEqual(
    codeInText('lead 1 skipped: [{"code" => "1007", "message" => "Multiple lead match lookup criteria"}]'),
    {
      code: '1007',
      message: 'Multiple lead match lookup criteria',
      kind: 'dict',
      level: 'record',
    },
  );
});

test("Java-style toString and backoff's notices around an exception", () => {
  assert.deepEqual(codeInText('MarketoError{code=601, message=Access token invalid}'), {
    code: '601',
    message: 'Access token invalid',
    kind: 'java',
    level: 'response',
  });
  const retry =
    'Backing off get_leads(...) for 0.8s ' +
    `(marketorestpython.helper.exceptions.MarketoException: Marketo API Error Code 606: ${RATE})`;
  assert.deepEqual(codeInText(retry), { code: '606', message: RATE, kind: 'retry', level: 'response' });
  const giveUp = `Giving up get_leads(...) after 3 tries (MarketoException: Marketo API Error Code 606: ${RATE})`;
  assert.deepEqual(codeInText(giveUp), { code: '606', message: RATE, kind: 'give-up', level: 'response' });
});

test('a skipped record written as text is a record-level code', () => {
  assert.deepEqual(codeInText(`lead 2 skipped: [{'code': '1006', 'message': "Field 'foo' not found"}]`), {
    code: '1006',
    message: "Field 'foo' not found",
    kind: 'dict',
    level: 'record',
  });
});

test('no code: app chatter, HTTP-like numbers, codes outside Marketo ranges', () => {
  for (const text of [
    'retrying after 606',
    'status code 200',
    "{'code': '42', 'message': 'x'}",
    'code=200, message=OK',
    'Backing off f(...) for 1.0s (ConnectionError)',
  ]) {
    assert.equal(codeInText(text), undefined, text);
  }
});
