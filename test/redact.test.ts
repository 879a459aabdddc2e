import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactDeep, redactText } from '../src/normalise/redact.js';
import { templatePath, apiKindOf, parseUrl } from '../src/normalise/marketo-url.js';

const SECRETS = ['tok-9f8e7d', 'cs-abc123', 'ck-session-42', 'hunter2pass'];

function assertClean(text: string): void {
  for (const s of SECRETS) assert.ok(!text.includes(s), `leaked ${s} in ${text}`);
}

test('query strings, JSON text, escaped JSON, inspect output and Bearer headers lose their secrets', () => {
  const samples = [
    'https://1-A-2.mktorest.com/rest/v1/leads.json?access_token=tok-9f8e7d&batchSize=300',
    '/identity/oauth/token?grant_type=client_credentials&client_id=id&client_secret=cs-abc123',
    '{"access_token":"tok-9f8e7d","token_type":"bearer","expires_in":3599}',
    '{"message":"{\\"access_token\\":\\"tok-9f8e7d\\",\\"expires_in\\":3599}"}',
    "request failed { headers: { Authorization: 'Bearer tok-9f8e7d' }, password: 'hunter2pass' }",
    'Authorization: Bearer tok-9f8e7d\r\nCookie: sid=ck-session-42',
  ];
  for (const s of samples) assertClean(redactText(s));
  // Values next to the secrets survive.
  assert.match(redactText(samples[0]!), /batchSize=300/);
});

test('objects: keys by name anywhere, HAR name/value pairs, cookies arrays; the input is not mutated', () => {
  const entry = {
    request: {
      headers: [
        { name: 'Authorization', value: 'Bearer tok-9f8e7d' },
        { name: 'Accept', value: 'application/json' },
        { name: 'cookie', value: 'sid=ck-session-42' },
      ],
      cookies: [{ name: 'sid', value: 'ck-session-42' }],
      queryString: [{ name: 'access_token', value: 'tok-9f8e7d' }],
    },
    body: { clientSecret: 'cs-abc123', nested: [{ password: 'hunter2pass', email: 'a@b.c' }] },
  };
  const before = JSON.stringify(entry);
  const out = redactDeep(entry);
  assertClean(JSON.stringify(out));
  assert.equal(JSON.stringify(entry), before);
  assert.equal(out.request.headers[1]!.value, 'application/json');
  assert.equal(out.body.nested[0]!.email, 'a@b.c');
});

test('endpoints are templated and classified by API', () => {
  assert.equal(templatePath('/rest/v1/lists/1234/leads.json'), '/rest/v1/lists/{id}/leads.json');
  assert.equal(templatePath('/rest/v1/lead/318581.json'), '/rest/v1/lead/{id}.json');
  assert.equal(
    templatePath('/bulk/v1/leads/export/ce45a7a1-f19d-4ce2-882c-a3c795940a7d/file.json'),
    '/bulk/v1/leads/export/{id}/file.json',
  );
  assert.equal(templatePath('/rest/v1/leads/describe.json'), '/rest/v1/leads/describe.json');
  assert.equal(apiKindOf('/identity/oauth/token'), 'identity');
  assert.equal(apiKindOf('/bulk/v1/leads/export/create.json'), 'bulk');
  assert.equal(apiKindOf('/rest/v1/leads.json'), 'rest');
  assert.equal(apiKindOf('/favicon.ico', 'localhost'), 'other');
  assert.equal(apiKindOf('/whatever', '123-abc-456.mktorest.com'), 'rest');
  assert.deepEqual(parseUrl('https://u:p@X.mktorest.com/rest/v1/leads.json?a=1#f'), {
    host: 'x.mktorest.com',
    path: '/rest/v1/leads.json',
    query: 'a=1',
  });
});

test('a value nested deeper than any Marketo body is dropped whole, without a stack overflow, secrets and all', () => {
  let deep: unknown = { password: 'hunter2pass' };
  for (let i = 0; i < 100_000; i++) deep = { a: deep };
  const out = redactDeep({ requestId: 'r#1', deep });
  assert.equal((out as { requestId: string }).requestId, 'r#1');
  let node: unknown = (out as { deep: unknown }).deep;
  while (typeof node === 'object' && node !== null) node = (node as { a: unknown }).a;
  assert.equal(typeof node, 'string');
  assert.ok(!String(node).includes('hunter2pass'));
});
