import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logText } from '../src/util/log-text.js';

test('logText: scalars as written, objects as JSON, never a throw', () => {
  assert.equal(logText('606', 10), '606');
  assert.equal(logText(1006, 10), '1006');
  assert.equal(logText(true, 10), 'true');
  assert.equal(logText(null, 10), '');
  assert.equal(logText(undefined, 10), '');
  assert.equal(logText({ toString: 1 }, 100), '{"toString":1}');
  assert.equal(logText({ valueOf: 'x', toString: null }, 100), '{"valueOf":"x","toString":null}');
  assert.equal(logText([1, [2]], 100), '[1,[2]]');
  assert.equal(logText(Object.create(null), 100), '{}');
});

test('logText: long values are cut to the limit, and a value too deep to serialise is empty', () => {
  assert.equal(logText('x'.repeat(50), 8), 'xxxxxxxx');
  assert.equal(logText({ a: 'y'.repeat(50) }, 8), '{"a":"yy');
  let deep: unknown = 1;
  for (let i = 0; i < 200_000; i++) deep = [deep];
  assert.equal(logText(deep, 100), '');
});
