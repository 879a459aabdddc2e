import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify } from '../src/classify/classify.js';
import { buildExchange } from '../src/normalise/build-exchange.js';

const source = { file: 'app.log', line: 7 };

test('response level: each errors[] entry, with captured values; 1xxx codes in errors[] stay response level', () => {
  const ex = buildExchange({
    source,
    url: 'https://123-ABC-456.mktorest.com/rest/v1/leads.json',
    status: 200,
    responseBody: JSON.stringify({
      requestId: 'e42b#14272d07d78',
      success: false,
      errors: [
        { code: '606', message: "Max rate limit '100' exceeded with in '20' secs" },
        { code: 1029, message: 'Too many jobs in queue' },
      ],
    }),
  });
  const { findings } = classify(ex, { showRecords: false });
  assert.deepEqual(
    findings.map((f) => [f.level, f.code, f.documented]),
    [
      ['response', '606', true],
      ['response', '1029', true],
    ],
  );
  assert.deepEqual(findings[0]!.params, ['100', '20']);
});

test('record level: reasons with their index into the input; keys only with showRecords', () => {
  const request = {
    action: 'createOnly',
    input: [{ email: 'a@example.com' }, { email: 'b@example.com' }, { email: 'c@example.com' }],
  };
  const response = {
    requestId: 'a1#b2',
    success: true,
    result: [
      { id: 50, status: 'created' },
      { status: 'skipped', reasons: [{ code: '1005', message: 'Lead already exists' }] },
      { reasons: [{ code: '1006', message: "Field 'leadScore' not found" }] },
    ],
  };
  const ex = buildExchange({
    source,
    url: '/rest/v1/leads.json',
    status: 200,
    requestBody: request,
    responseBody: response,
  });
  const hidden = classify(ex, { showRecords: false }).findings;
  assert.deepEqual(
    hidden.map((f) => [f.level, f.code, f.recordIndex, f.recordKey]),
    [
      ['record', '1005', 1, undefined],
      ['record', '1006', 2, undefined],
    ],
  );
  assert.deepEqual(hidden[1]!.params, ['leadScore']);
  const shown = classify(ex, { showRecords: true }).findings;
  assert.deepEqual(
    shown.map((f) => f.recordKey),
    ['email=b@example.com', 'email=c@example.com'],
  );
});

test('http level: identity 401 with an OAuth body, and a 413 HTML page; undocumented codes are kept', () => {
  const identity = buildExchange({
    source,
    url:
      'https://123-ABC-456.mktorest.com/identity/oauth/token' +
      '?grant_type=client_credentials&client_id=x&client_secret=s3cr3t',
    status: 401,
    responseBody: '{"error":"unauthorized","error_description":"Bad client credentials"}',
  });
  const f401 = classify(identity, { showRecords: false }).findings;
  assert.deepEqual(
    f401.map((f) => [f.level, f.code, f.message, f.documented]),
    [['http', '401', 'Bad client credentials', true]],
  );
  assert.ok(!JSON.stringify(identity).includes('s3cr3t'));

  const big = buildExchange({
    source,
    url: '/rest/v1/leads.json',
    status: 413,
    responseBody: '<html><head><title>413 Request Entity Too Large</title></head></html>',
  });
  assert.deepEqual(
    classify(big, { showRecords: false }).findings.map((f) => [f.code, f.message]),
    [['413', '413 Request Entity Too Large']],
  );

  const odd = buildExchange({
    source,
    url: '/rest/v1/leads.json',
    status: 200,
    responseBody: { success: false, requestId: 'x#y', errors: [{ code: '9999', message: 'Something new' }] },
  });
  assert.deepEqual(
    classify(odd, { showRecords: false }).findings.map((f) => [f.code, f.documented, f.message]),
    [['9999', false, 'Something new']],
  );
});

test('warnings are notes, not findings; a clean success yields nothing', () => {
  const warned = buildExchange({
    source,
    url: '/rest/asset/v1/emails.json',
    status: 200,
    responseBody: {
      success: true,
      errors: [],
      warnings: ['No assets found for the given search criteria.'],
      requestId: 'r#1',
    },
  });
  assert.deepEqual(classify(warned, { showRecords: false }), {
    findings: [],
    warnings: ['No assets found for the given search criteria.'],
    countsAgainstQuota: true,
  });
  const ok = buildExchange({
    source,
    url: '/rest/v1/leads.json',
    status: 200,
    responseBody: { success: true, requestId: 'r#2', result: [{ id: 1, status: 'updated' }] },
  });
  assert.equal(classify(ok, { showRecords: false }).findings.length, 0);
});

test('countsAgainstQuota: answered REST calls, except the starred codes; never identity or unanswered calls', () => {
  const call = (url: string, body?: unknown, status = 200, noResponse = false) =>
    classify(buildExchange({ source, url, status, noResponse, responseBody: body }), { showRecords: false })
      .countsAgainstQuota;
  const failing = (code: string) => ({ requestId: 'r#1', success: false, errors: [{ code, message: 'x' }] });
  assert.equal(call('/rest/v1/leads.json', { requestId: 'r#1', success: true, result: [] }), true);
  assert.equal(call('/rest/v1/leads.json', failing('606')), true);
  for (const starred of ['600', '601', '602', '604', '605', '608', '611'])
    assert.equal(call('/rest/v1/leads.json', failing(starred)), false, starred);
  assert.equal(call('/identity/oauth/token', { access_token: 'x', token_type: 'bearer' }), false);
  assert.equal(call('/rest/v1/leads.json', undefined, 0, true), false);
});
