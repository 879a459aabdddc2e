import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readPairLine } from '../src/normalise/text/clients/index.js';

// Lines of fixtures/clients/go-minimarketo-lines.log, as minimarketo's Debug mode writes them through Go's log.
const URL = 'http://284-rpr-133.mktorest.com:39625/rest/v1/leads.json';

test("minimarketo's URL line sends a call; a JSON body after DONE, or the error it returns, answers it", () => {
  assert.deepEqual(readPairLine(`2026/12/04 22:04:03 [minimarketo/do] URL: ${URL}`), {
    url: URL,
    textPair: { client: 'minimarketo', side: 'request', serial: true },
  });
  const done = readPairLine('2026/12/04 22:04:03 [minimarketo/do] DONE: body {"requestId":"a4c2#1","success":false}');
  assert.equal(done?.status, 200);
  assert.equal(done?.textPair.side, 'response');
  assert.equal(readPairLine('2026/12/04 22:04:03 marketo: Unexpected status code[413] with body[<html>')?.status, 413);
  assert.equal(readPairLine('x marketo: Authentication error: 401 {"error":"unauthorized"}')?.status, 401);
});

test('a token refresh is a call to the identity endpoint; an empty or HTML body waits for what follows', () => {
  assert.equal(readPairLine('2026/12/04 22:04:03 [minimarketo/RefreshToken] start')?.url, '/identity/oauth/token');
  assert.equal(readPairLine('[minimarketo/RefreshToken] New token: {x bearer 3599 s}')?.status, 200);
  for (const line of ['[minimarketo/do] DONE: body ', '[minimarketo/do] DONE: body <html>', '[minimarketo/Get] DONE'])
    assert.equal(readPairLine(`2026/12/04 22:04:03 ${line}`)?.textPair.side, 'trace', line);
  assert.equal(readPairLine('the minimarketo docs say URL: https://x.mktorest.com/rest/v1/leads.json'), undefined);
});
