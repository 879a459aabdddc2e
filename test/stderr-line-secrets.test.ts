import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stderrLine } from '../src/util/stderr-line.js';

// stderr names files and quotes log text: a control removed before a scheme word must not glue the
// word to the one before and hide its credential (the same leak reportText had, in its own copy).
test('stderr lines hide a credential whose scheme word follows a removed control', () => {
  for (const text of [
    'x\u200bBearer 5f3a9b21c0de7a4d',
    'file\u001b[31mBasic c3ZjLXN5bmM6aHVudGVyMg==',
    'a\u2060Bearer 5f3a9b21c0de7a4d in /tmp/x.log',
  ]) {
    const line = stderrLine(text);
    assert.doesNotMatch(line, /5f3a9b21c0de7a4d|c3ZjLXN5bmM6aHVudGVyMg/, line);
    assert.doesNotMatch(line, /[\u001b\u200b\u2060]/);
  }
});
