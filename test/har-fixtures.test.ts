import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HarScanner, type HarEnd, type HarEntryText } from '../src/input/har/scanner.js';
import { harEntryToRawCall } from '../src/normalise/har-entry.js';
import { buildExchange } from '../src/normalise/build-exchange.js';
import type { Exchange } from '../src/normalise/exchange.js';
import { isObject } from '../src/normalise/marketo-body.js';

// The fake secrets fixtures/tools/mock-marketo.mjs put into the recording.
const SECRETS = [
  'FAKE-client-secret-9f3a1c77',
  'FAKE-wrong-secret-00d1e5',
  '5f2b6c1e-7a4d-4e0b-9c3a-fa4e0000c0de',
  '0e9d8c7b-6a59-4837-a625-fa4e0000dead',
  'fake-session-cookie-4b7d21',
];

function read(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/har/${name}`, import.meta.url));
}

function scan(buf: Buffer, chunk = 65536): { entries: HarEntryText[]; end: HarEnd } {
  const scanner = new HarScanner();
  const entries: HarEntryText[] = [];
  for (let i = 0; i < buf.length; i += chunk) entries.push(...scanner.push(buf.subarray(i, i + chunk)));
  return { entries, end: scanner.end() };
}

function exchanges(name: string): Exchange[] {
  return scan(read(name)).entries.map((e) =>
    buildExchange(harEntryToRawCall(JSON.parse(e.text), { file: name, line: e.line })!),
  );
}

const codes = (body: unknown): string[] =>
  isObject(body) && Array.isArray(body.errors) ? body.errors.map((e: { code: unknown }) => String(e.code)) : [];

test('the Chromium recording has 14 entries, 12 of them Marketo calls', () => {
  const { entries, end } = scan(read('chromium-marketo-sync.har'));
  assert.deepEqual(end, { ok: true, entries: 14 });
  const all = exchanges('chromium-marketo-sync.har');
  assert.equal(all.filter((x) => x.api === 'other').length, 2);
  const api = all.filter((x) => x.api !== 'other');
  assert.deepEqual(
    api.map((x) => x.api),
    ['identity', 'identity', 'rest', 'rest', 'rest', 'rest', 'rest', 'rest', 'rest', 'bulk', 'bulk', 'rest'],
  );
  assert.deepEqual(
    api.map((x) => x.status),
    [401, 200, 200, 200, 200, 200, 413, 414, 200, 404, 200, undefined],
  );
  assert.deepEqual(
    api.map((x) => x.noResponse),
    [...Array(11).fill(false), true],
  );
  assert.equal(entries.length, all.length);
});

test('failures at all three levels survive the trip through the HAR', () => {
  const api = exchanges('chromium-marketo-sync.har').filter((x) => x.api !== 'other');
  assert.deepEqual(api[0]!.response, { error: 'unauthorized', error_description: 'Bad client credentials' });
  assert.deepEqual(
    api.flatMap((x) => codes(x.response)),
    ['601', '606', '615'],
  );
  const upsert = api[2]!.response as { result: Array<{ status: string; reasons?: Array<{ code: string }> }> };
  assert.deepEqual(
    upsert.result.map((r) => r.status),
    ['created', 'updated', 'skipped', 'skipped'],
  );
  assert.deepEqual(
    upsert.result.flatMap((r) => r.reasons ?? []).map((r) => r.code),
    ['1005', '1006'],
  );
  assert.ok(api[6]!.requestBytes! > 16 * 1024); // the 413
  assert.ok(api[7]!.urlBytes! > 8 * 1024); // the 414
  assert.equal(typeof api[9]!.response, 'string'); // bulk file not ready: plain text
  assert.deepEqual(api[8]!.request, { filterType: 'email', filterValues: 'ana@example.com,bo@example.com' });
});

test('the base64 body (octet-stream export file) is decoded', () => {
  const raw = read('chromium-marketo-sync.har').toString();
  assert.match(raw, /"encoding":"base64"/);
  const file = exchanges('chromium-marketo-sync.har').filter((x) => x.api === 'bulk')[1]!;
  assert.equal(file.response, 'id,email,firstName\n4101,ana@example.com,Åsa\n4102,bo@example.com,Zoë\n');
});

test('no fake secret from the recording reaches an exchange', () => {
  const raw = read('chromium-marketo-sync.har').toString();
  assert.match(raw, /"name":"authorization","value":"Bearer 5f2b6c1e-/i);
  for (const secret of SECRETS) assert.ok(raw.includes(secret), `fixture should contain ${secret}`);
  const out = JSON.stringify(exchanges('chromium-marketo-sync.har'));
  for (const secret of SECRETS) assert.ok(!out.includes(secret), `${secret} leaked`);
  assert.ok(!/bearer [^[]/i.test(out));
});

test('the recording cut mid-entry yields the entries before the cut, then truncated there', () => {
  const whole = scan(read('chromium-marketo-sync.har')).entries;
  const cut = read('truncated-mid-entry.har');
  for (const chunk of [65536, 1000, 1]) {
    const { entries, end } = scan(cut, chunk);
    assert.equal(entries.length, 8);
    assert.deepEqual(entries, whole.slice(0, 8));
    assert.equal(end.ok, false);
    if (end.ok) return;
    assert.equal(end.reason, 'truncated');
    assert.equal(end.entries, 8);
    assert.equal(end.offset, whole[8]!.offset);
    assert.equal(end.line, 1); // Playwright writes the HAR on one line
    assert.ok(end.offset < cut.length);
  }
});
