import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactQuotedPairs } from '../src/redact/quoted-pair.js';
import { REDACTED } from '../src/redact/index.js';

test('a printed list of header pairs loses the values of secret names, in every notation', () => {
  assert.equal(
    redactQuotedPairs('[["Cookie","sid=1"],["Accept","*/*"]]'),
    `[["Cookie","${REDACTED}"],["Accept","*/*"]]`,
  );
  assert.equal(redactQuotedPairs("[('Authorization', 'Bearer x')]"), `[('Authorization', '${REDACTED}')]`);
  assert.equal(
    redactQuotedPairs('["Host","h","X-Api-Key","k1","Accept","*/*"]'),
    `["Host","h","X-Api-Key","${REDACTED}","Accept","*/*"]`,
  );
  assert.equal(redactQuotedPairs('[\\"Cookie\\",\\"sid=1\\"]'), `[\\"Cookie\\",\\"${REDACTED}\\"]`);
});

test('lists whose names are not secrets stay as they are', () => {
  for (const text of ['["email","firstName"]', '[("id", 5)]', '["tokenType","bearer"]', 'a, "b", c']) {
    assert.equal(redactQuotedPairs(text), text);
  }
});
