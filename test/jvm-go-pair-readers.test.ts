import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feign } from '../src/normalise/text/clients/feign.js';
import { resty } from '../src/normalise/text/clients/resty.js';

const URL = 'https://123-abc-456.mktorest.com/rest/v1/leads.json';
const BOOT = '2026-12-04T10:00:02.100Z DEBUG 4242 --- [marketo-sync] [         task-1] c.e.sync.MarketoClient : ';

test('OpenFeign: the request, its answer or its error, paired by the method tag', () => {
  assert.deepEqual(feign.read(`${BOOT}[MarketoClient#upsertLeads] ---> POST ${URL} HTTP/1.1`), {
    method: 'POST',
    url: URL,
    textPair: { client: 'feign', side: 'request', id: 'MarketoClient#upsertLeads' },
  });
  assert.deepEqual(
    feign.read(`${BOOT}[MarketoClient#upsertLeads] <--- HTTP/1.1 413 Request Entity Too Large (123ms)`),
    {
      status: 413,
      durationMs: 123,
      textPair: { client: 'feign', side: 'response', id: 'MarketoClient#upsertLeads' },
    },
  );
  // Feign 10 and later can leave the reason out (HTTP/2).
  assert.equal(feign.read('[MarketoClient#getLeads] <--- HTTP/2.0 200 (87ms)')?.status, 200);
  assert.deepEqual(feign.read('[MarketoClient#getLeads] <--- ERROR SocketTimeoutException: Read timed out (10012ms)'), {
    noResponse: true,
    textPair: { client: 'feign', side: 'failure' },
  });
  for (const trace of [
    '---> END HTTP (2048-byte body)',
    '<--- END HTTP (183-byte body)',
    '<--- END ERROR',
    '---> RETRYING',
  ])
    assert.equal(feign.read(`[MarketoClient#getLeads] ${trace}`)?.textPair.side, 'trace', trace);
});

test('OpenFeign: arrows without a method tag, and headers and bodies, are not its call lines', () => {
  assert.equal(feign.read(`---> POST ${URL} HTTP/1.1`), undefined);
  assert.equal(feign.read('[MarketoClient#upsertLeads] content-type: application/json'), undefined);
  assert.equal(feign.read('[main] ---> starting the sync'), undefined);
});

test("resty's debug block: the request line (two blanks between its parts), its HOST line and its STATUS line", () => {
  assert.deepEqual(resty.read('POST  /rest/v1/leads.json  HTTP/1.1'), {
    method: 'POST',
    url: '/rest/v1/leads.json',
    textPair: { client: 'resty', side: 'request', serial: true },
  });
  assert.equal(resty.read('HOST   : 123-abc-456.mktorest.com')?.host, '123-abc-456.mktorest.com');
  assert.equal(resty.read('STATUS       : 413 Request Entity Too Large')?.status, 413);
  assert.equal(resty.read('POST /rest/v1/leads.json HTTP/1.1'), undefined, "an HTTP dump's line is not resty's");
});
