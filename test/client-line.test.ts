import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientLine } from '../src/normalise/text/client-line.js';

test('a client line with a full URL gives method, URL and status', () => {
  assert.deepEqual(clientLine('POST https://123-ABC-456.mktorest.com/rest/v1/leads.json 413 12ms'), {
    method: 'POST',
    url: 'https://123-ABC-456.mktorest.com/rest/v1/leads.json',
    status: 413,
  });
});

test('a Marketo API path without its host is a call too (an app that logs the path it asked for)', () => {
  assert.deepEqual(clientLine("GET /identity/oauth/token -> 401 {'error': 'unauthorized'}"), {
    method: 'GET',
    url: '/identity/oauth/token',
    status: 401,
  });
  assert.deepEqual(clientLine('lead_sync POST /rest/v1/leads.json?access_token=x 200'), {
    method: 'POST',
    url: '/rest/v1/leads.json?access_token=x',
    status: 200,
  });
  assert.deepEqual(clientLine('GET /bulk/v1/leads/export/abc/file.json => 404')?.status, 404);
});

test("another path is the app's own route, not a Marketo call", () => {
  assert.equal(clientLine('GET /health 200 3ms'), undefined);
  assert.equal(clientLine('GET /api/rest/v1/leads.json 200'), undefined);
  assert.equal(clientLine('GET /restore/v1/x 200'), undefined);
});
