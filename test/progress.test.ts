import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progressLine } from '../src/commands/progress.js';

test('progress line: share, bytes, rate and time left, within the width', () => {
  const MB = 1024 * 1024;
  const line = progressLine({ name: 'app.log', bytesRead: 250 * MB, size: 1000 * MB }, 2000, 100);
  assert.match(line, /^app\.log \[#{10}-{30}\]/);
  assert.match(line, / 25% 250\/1000 MB 125 MB\/s 6s left$/);
  assert.ok(line.length <= 100);
  const narrow = progressLine(
    { name: '/very/long/path/to/some/rotated/app.log.1.gz', bytesRead: 0, size: 10 * MB },
    0,
    60,
  );
  assert.ok(narrow.startsWith('…'));
  assert.match(narrow, /-- left$/);
});

test('progress line in Swedish: the time left is "kvar"', () => {
  const MB = 1024 * 1024;
  const line = progressLine({ name: 'app.log', bytesRead: 250 * MB, size: 1000 * MB }, 2000, 100, 'sv');
  assert.match(line, / 25% 250\/1000 MB 125 MB\/s 6s kvar$/);
  assert.doesNotMatch(line, /\bleft\b/);
});
