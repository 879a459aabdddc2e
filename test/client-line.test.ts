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

test("the colon Go's `%s %s: %s` puts between a URL and resp.Status is not part of the URL", () => {
  // fixtures/clients/go-printf-map.log: log.Printf("%s %s: %s", method, req.URL, resp.Status).
  const line =
    'go_printf_sync.go:89: POST http://284-rpr-133.mktorest.com:44001/rest/v1/leads.json: 413 Payload Too Large';
  assert.deepEqual(clientLine(line), {
    method: 'POST',
    url: 'http://284-rpr-133.mktorest.com:44001/rest/v1/leads.json',
    status: 413,
  });
  assert.equal(
    clientLine('GET /rest/v1/leads.json?filterType=id: 503 Service Unavailable')?.url,
    '/rest/v1/leads.json?filterType=id',
  );
});

test("Go's *url.Error behind the log package's prefixes is a call with no response, at its URL", () => {
  // fixtures/clients/go-printf-*.log: LstdFlags|Lmicroseconds|Lshortfile, a Lmsgprefix, and log.Fatalf's line.
  const url = 'http://284-rpr-133.mktorest.com:46031/rest/v1/leads.json?filterType=email&filterValues=kim@example.com';
  const lines = [
    `2026/12/04 21:50:03.984734 go_printf_sync.go:154: lookup failed: Get "${url}": context deadline exceeded ` +
      '(Client.Timeout exceeded while awaiting headers)',
    `2026/12/04 21:50:04 marketo: lookup failed: Post "${url}": EOF`,
    `2026/12/04 21:50:05 sync aborted: Get "${url}": dial tcp 127.0.0.1:1: connect: connection refused`,
  ];
  for (const line of lines)
    assert.deepEqual(clientLine(line), { method: line.includes('Post') ? 'POST' : 'GET', url, noResponse: true });
});
