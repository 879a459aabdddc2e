import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiKindOf, marketoPath } from '../src/normalise/marketo-url.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

const line = (url: string, status: number, body: unknown): string =>
  JSON.stringify({
    time: '2026-12-04T10:00:01.000Z',
    method: 'POST',
    url,
    status,
    durationMs: 120,
    responseBody: body,
  });

// An API gateway or proxy (MuleSoft, Apigee, Azure API Management, a company's own) passes Marketo's API on under
// a host and a path prefix of its own.
test("calls through a gateway are Marketo's, counted at Marketo's endpoint", () => {
  const gw = 'https://api-gw.corp.example.com/marketo';
  const report = analyseLines('ndjson', [
    line(`${gw}/rest/v1/leads.json`, 200, {
      requestId: 'e1#1',
      success: false,
      errors: [{ code: '606', message: "Max rate limit '100' exceeded with in '20' secs" }],
    }),
    line(`${gw}/identity/oauth/token?client_id=x&client_secret=y`, 401, { error: 'unauthorized' }),
    line(`${gw}/v2/rest/asset/v1/emails.json`, 200, { requestId: 'e1#2', success: true, result: [] }),
    line('https://api.github.com/repos/x/rest/v1', 404, { message: 'Not Found' }),
  ]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.totals.other, 1, 'the GitHub call');
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
  assert.deepEqual(codeCounts(report, 'http'), [['401', 1]]);
  assert.equal(report.levels.response.codes[0]!.endpoints[0]!.endpoint, '/rest/v1/leads.json');
  assert.equal(report.levels.http.codes[0]!.endpoints[0]!.endpoint, '/identity/oauth/token');
  assert.ok(!JSON.stringify(report).includes('client_secret=y'), 'the secret in the query is still removed');
});

test("a Marketo path is found after a prefix only in Marketo's versioned form", () => {
  assert.equal(marketoPath('/marketo/rest/v1/leads.json'), '/rest/v1/leads.json');
  assert.equal(marketoPath('/a/b/bulk/v1/leads/export/x/file.json'), '/bulk/v1/leads/export/x/file.json');
  assert.equal(marketoPath('/gw/identity/oauth/token'), '/identity/oauth/token');
  assert.equal(apiKindOf('/svc/rest/v1/leads.json', 'gw.example.com'), 'rest');
  for (const own of ['/api/rest/users', '/rest-v1/x', '/docs/bulk/v10/x', '/x/identity/users', '/x/rest/v1']) {
    assert.equal(apiKindOf(own, 'app.example.com'), 'other', own);
  }
});
