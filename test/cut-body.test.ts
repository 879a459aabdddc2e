import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cutMarketoBody } from '../src/normalise/cut-body.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

const BODY_606 =
  '{"requestId":"e42b#1","success":false,"errors":[{"code":"606","message":"Max rate limit \'100\' exceeded"}]}';

test('a Marketo body cut short anywhere gives what its whole parts say', () => {
  for (let cut = BODY_606.indexOf('606') + 4; cut < BODY_606.length - 1; cut++) {
    const body = cutMarketoBody(BODY_606.slice(0, cut));
    assert.equal(body?.success, false, `cut at ${cut}`);
    assert.equal(body?.requestId, 'e42b#1');
    assert.equal((body?.errors as Array<{ code: string }> | undefined)?.[0]?.code, '606', `cut at ${cut}`);
  }
  const records = cutMarketoBody(
    '{"requestId":"a#2","success":true,"result":[{"id":1,"status":"updated"},{"status":"skipped","reasons":' +
      '[{"code":"1004","message":"Lead not found"}]},{"status":"skipped","reasons":[{"code":"1003","mess',
  );
  assert.deepEqual(records?.result, [
    { status: 'skipped', reasons: [{ code: '1004', message: 'Lead not found' }] },
    { status: 'skipped', reasons: [{ code: '1003' }] },
  ]);
});

test('a cut text that does not open as a Marketo body, or says nothing yet, gives nothing', () => {
  assert.equal(cutMarketoBody('{"error":"unauthorized","error_desc'), undefined);
  assert.equal(cutMarketoBody('{"data":[{"code":"606"'), undefined);
  assert.equal(cutMarketoBody('{"requestId":"e42b#1","succ'), undefined);
});

test('an NDJSON record whose body string its logger cut short: the code is counted', () => {
  const url = 'https://123-abc-456.mktorest.com/rest/v1/leads.json';
  const report = analyseLines('ndjson', [
    JSON.stringify({ msg: 'marketo', url, status: 200, body: `${BODY_606.slice(0, 80)}…` }),
    JSON.stringify({
      msg: 'marketo',
      url,
      status: 200,
      body: `${BODY_606.replace('606', '611').replace('#1', '#2').slice(0, 70)}...`,
    }),
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(codeCounts(report, 'response').sort(), [
    ['606', 1],
    ['611', 1],
  ]);
});
