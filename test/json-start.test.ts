import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closesAsItOpens, mayBeJson } from '../src/input/json-start.js';

// mayBeJson may say yes to what JSON.parse then refuses; it must never say no to what JSON.parse reads.
const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const JSON_TEXTS = [
  '{"level":30,"msg":"request completed"}',
  '  {"a":1}',
  '{ "a": 1 }',
  '{}',
  '[]',
  '[ ]',
  '[{"requestId":"a1#b2"}]',
  '[1,2,3]',
  '[-1.5e+3, 2]',
  '[0]',
  '["GET /rest/v1/leads.json"]',
  '[true,false,null]',
  '[[1],[2]]',
  '"a string"',
  '42',
  '-0.5E-2',
  'true',
  'false ',
  'null\t',
  '\t[1]',
];

// The starts of text lines written by common loggers.
const TEXT_LINES = [
  '[2026-12-04T14:45:50.504866+00:00] marketo.INFO: vm GuzzleHttp/7 - "GET /rest/v1/leads.json HTTP/1.1" 200',
  '[INFO] 2026-12-04 POST /rest/v1/leads.json 200',
  '[12:00:01] sync started',
  '[1/3] retrying',
  '2026-12-04 08:25:59,860 WARNING lead_sync error from marketo: {"code": "606"}',
  '127.0.0.1 - - [04/Dec/2026:14:45:50 +0000] "GET /rest/v1/leads.json HTTP/1.1" 200 69',
  'Start processing HTTP request GET https://123-ABC-456.mktorest.com/rest/v1/leads.json',
  "{'code': '606', 'message': 'Max rate limit'}",
  '{level=info msg="token refreshed"}',
  'true story: the sync failed',
  'null pointer in lead 12',
  'fail: System.Net.Http.HttpClient',
  '-- request --',
  '1.2.3 released',
  '    at Object.<anonymous> (/app/sync.js:10:5)',
];

test('every JSON text is let through', () => {
  for (const text of JSON_TEXTS) {
    assert.ok(parses(text), `the case itself is JSON: ${text}`);
    assert.equal(mayBeJson(Buffer.from(text)), true, text);
  }
});

test('text lines of common loggers are told apart without a parse, and none of them is JSON', () => {
  for (const text of TEXT_LINES) {
    assert.equal(parses(text), false, `the case itself is no JSON: ${text}`);
    assert.equal(mayBeJson(Buffer.from(text)), false, text);
  }
});

test('never no where JSON.parse says yes: every start of 3 bytes from a JSON alphabet, and more', () => {
  const alphabet = ['{', '}', '[', ']', '"', ',', ':', ' ', '-', '0', '1', '.', 'e', '+', 't', 'r', 'u', 'n', 'x'];
  const tails = ['', ']', '}', '"a":1}', '1]', ' ', 'rue', 'ull', 'alse]'];
  let checked = 0;
  for (const a of alphabet)
    for (const b of alphabet)
      for (const c of alphabet)
        for (const tail of tails) {
          const text = a + b + c + tail;
          if (parses(text)) {
            checked++;
            assert.equal(mayBeJson(Buffer.from(text)), true, text);
          }
        }
  assert.ok(checked > 50, `${checked} JSON texts checked`);
});

test('closesAsItOpens: a text that opens an object or array must close it at its end to parse', () => {
  for (const text of ['{"a":1}', ' [1, 2]\n', '{}', '\t{"requestId":"a1#b2","success":true}\r\n'])
    assert.equal(closesAsItOpens(text), true, text);
  // A body a logger cut short, an array that is no object's close, prose around JSON, nothing.
  for (const text of ['{"requestId":"a1#b2","result":[{"id":1', '[1, 2}', 'body: {"a":1}', '{"a":1} ok', '{', ''])
    assert.equal(closesAsItOpens(text), false, text);
});
