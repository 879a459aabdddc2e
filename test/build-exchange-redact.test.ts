import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildExchange, type RawCall } from '../src/normalise/build-exchange.js';
import { mulberry32, spelling } from './helpers/plant-secrets.js';

const URL = 'https://284-RPR-133.mktorest.com/rest/v1/leads.json';
const call = (raw: Partial<RawCall>): RawCall => ({ source: { file: 'app.ndjson', line: 1 }, url: URL, ...raw });

// Bodies logged as text are parsed before they are redacted; what the parse decodes (JSON
// escapes, form encoding) must not hide a secret from the check that lets a body skip the walk.
test('a body logged as text loses its secrets whatever the parse decodes: JSON \\u escapes, %XX, +', () => {
  const cases: Array<[what: string, raw: Partial<RawCall>, secret: string]> = [
    ['JSON-escaped key', { responseBody: String.raw`{"success":true,"to\u006ben":"Xyz0abc123"}` }, 'Xyz0abc123'],
    ['JSON-escaped key', { responseBody: String.raw`{"result":[{"p\u0061ssword":"hunter22x"}]}` }, 'hunter22x'],
    ['JSON-escaped text', { responseBody: String.raw`{"message":"bad \u0070assword=hunter22x"}` }, 'hunter22x'],
    ['JSON-escaped Bearer', { responseBody: String.raw`{"message":"sent \u0042earer 5f3a9b21c0de"}` }, '5f3a9b21c0de'],
    [
      'JSON-escaped JWT',
      { responseBody: String.raw`{"m":"\u0065yJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"}` },
      'c2lnbmF0dXJl',
    ],
    ['form, %XX', { method: 'POST', requestBody: 'to%6Ben=Xyz0abc123&x=1' }, 'Xyz0abc123'],
    ['form, +', { method: 'POST', requestBody: 'x=1&to+ken=Xyz0abc123' }, 'Xyz0abc123'],
    ['form, %XX value', { method: 'POST', requestBody: 'note=Bearer%205f3a9b21c0de&x=1' }, '5f3a9b21c0de'],
  ];
  for (const [what, raw, secret] of cases) {
    const text = JSON.stringify(buildExchange(call(raw)));
    assert.ok(!text.includes(secret), `${what}: ${text}`);
  }
});

test('every spelling of a secret in a body, parsed or as text, is gone from the exchange', () => {
  const rng = mulberry32(7);
  for (let i = 0; i < 400; i++) {
    const { text, needle } = spelling(rng);
    const bodies: unknown[] = [
      { requestId: 'a#1', success: false, errors: [{ code: '1003', message: text }] },
      JSON.stringify({ requestId: 'a#1', success: true, result: [{ id: 1, note: text }] }),
      text,
    ];
    for (const body of bodies) {
      const exchange = JSON.stringify(buildExchange(call({ responseBody: body, requestBody: body })));
      assert.ok(!exchange.includes(needle), `${text} -> ${exchange}`);
    }
  }
});
