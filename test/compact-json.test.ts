import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactJson } from '../src/report/compact-json.js';
import { renderJson } from '../src/report/json.js';
import { loadReport } from './helpers/reports.js';

test('compact JSON is one line that parses to the same value, escapes and spaces in strings kept', () => {
  const value = { a: 'two  spaces\nand "quotes" \\ here', b: [1, { c: 'x\u2028y' }], d: '' };
  const text = compactJson(`${JSON.stringify(value, null, 2).replace('\u2028', '\\u2028')}\n`);
  assert.equal(text.split('\n').length, 2, 'one line plus the final newline');
  assert.ok(text.endsWith('\n'));
  assert.ok(text.includes('\\u2028'), 'the escape the renderer wrote stays an escape');
  assert.deepEqual(JSON.parse(text), value);
});

test('a whole report, compacted, is the report', () => {
  const report = loadReport('mixed-sync-run.json');
  const text = compactJson(renderJson(report));
  assert.equal(text.indexOf('\n'), text.length - 1);
  assert.deepEqual(JSON.parse(text), JSON.parse(renderJson(report)));
});
