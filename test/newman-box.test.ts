import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NewmanBoxes } from '../src/normalise/text/newman-box.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

const URL_ = 'http://284-rpr-133.mktorest.com:36383/rest/v1/leads.json';

test("a console box's lines are the body they cut, without newman's quotes, named by the box's first line", () => {
  const boxes = new NewmanBoxes();
  assert.equal(boxes.take('  POST x [200 OK, 402B, 7ms]', 1), undefined);
  assert.equal(boxes.take('  ┌', 2), null);
  assert.equal(boxes.take('  │ `{"requestId":"a4c2#18f3c203dde","result":[{"c', 3), null);
  assert.equal(boxes.take('  │ ode":"1005"}],"success":true}`', 4), null);
  assert.deepEqual(boxes.take('  └', 5), {
    text: '{"requestId":"a4c2#18f3c203dde","result":[{"code":"1005"}],"success":true}',
    line: 2,
  });
  assert.equal(boxes.take('  ✓  Marketo success', 6), undefined);
});

test('a box cut off by another line gives that line back; its parts are not read as a body', () => {
  const boxes = new NewmanBoxes();
  boxes.take('  ┌', 1);
  boxes.take('  │ \'{"requestId":"a4c2#18f3c2', 2);
  assert.deepEqual(boxes.take('→ Next request', 3), { text: '→ Next request', line: 3 });
});

test("newman's cli: the body in the box after a request line is that call's, skipped records included", () => {
  const report = analyseLines('text', [
    '→ Sync leads',
    `  POST ${URL_} [200 OK, 402B, 7ms]`,
    '  ✓  HTTP 200',
    '  ┌',
    '  │ `{"requestId":"a4c2#18f3c203dde","result":[{"id":3001,',
    '  │ "status":"created"},{"status":"skipped","reasons":[{"c',
    '  │ ode":"1005","message":"Lead already exists"}]}],"success":true}`',
    '  └',
    '  ✓  Marketo success',
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'record'), [['1005', 1]]);
});
