import { PAGE_CODES } from './helpers/page-codes.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, LANGS, LEVELS, RETRY_POLICIES, RETRY_TEXT, entriesAt, findEntry } from '../src/catalog/index.js';

const FACTS_CODES: [string, 'http' | 'response' | 'record'][] = [
  ['404', 'http'],
  ['500', 'response'],
  ['600', 'response'],
  ['1079', 'record'],
];
const NOT_COUNTED = ['600', '601', '602', '604', '605', '608', '611', '401'];

test("every code on Marketo's page is in the catalog at its documented level", () => {
  for (const level of LEVELS) {
    for (const code of PAGE_CODES[level]) {
      const entry = findEntry(code, level);
      assert.ok(entry, `missing ${level} ${code}`);
      assert.equal(entry.level, level, `${code} level`);
      assert.equal(entry.source, 'page', `${code} source`);
    }
  }
});

test('codes known only from real responses are present with source facts', () => {
  for (const [code, level] of FACTS_CODES) {
    const entry = findEntry(code, level);
    assert.ok(entry, `missing ${code}`);
    assert.equal(entry.level, level);
    assert.equal(entry.source, 'facts');
  }
});

test('the catalog holds exactly the page codes plus the facts codes, each once per level', () => {
  const expected = Object.values(PAGE_CODES).flat().length + FACTS_CODES.length;
  assert.equal(CATALOG.length, expected);
  const keys = new Set(CATALOG.map((e) => `${e.level}:${e.code}`));
  assert.equal(keys.size, CATALOG.length);
});

test('every entry has non-empty en and sv texts and at least one message except 404', () => {
  for (const entry of CATALOG) {
    for (const lang of LANGS) {
      const t = entry.text[lang];
      for (const part of ['title', 'meaning', 'remedy'] as const) {
        assert.ok(t[part].trim().length > 2, `${entry.code} ${lang} ${part}`);
      }
    }
    assert.notEqual(entry.text.en.meaning, entry.text.sv.meaning, `${entry.code} sv is not a copy of en`);
    assert.ok(entry.messages.length > 0, `${entry.code} messages`);
  }
});

test('retry policies come from the closed set and follow how mature clients react', () => {
  for (const entry of CATALOG) assert.ok(RETRY_POLICIES.includes(entry.retry), entry.code);
  const expect: Record<string, string> = {
    '601': 'reauthenticate-then-retry',
    '602': 'reauthenticate-then-retry',
    '606': 'wait-for-window',
    '615': 'reduce-concurrency',
    '607': 'wait-for-quota-reset',
    '603': 'fix-permissions',
    '1016': 'wait-for-queue',
    '605': 'fix-request',
    '609': 'fix-request',
    '610': 'fix-request',
    '612': 'fix-request',
  };
  for (const code of ['604', '608', '611', '713', '502', '500']) expect[code] = 'backoff-retry';
  for (const [code, policy] of Object.entries(expect)) assert.equal(findEntry(code)?.retry, policy, code);
  assert.ok(['wait-for-queue', 'wait-for-quota-reset'].includes(findEntry('1029')!.retry));
});

test('starred codes and the identity 401 do not count against quota; the rest do', () => {
  for (const entry of CATALOG) {
    assert.equal(entry.countsAgainstQuota, !NOT_COUNTED.includes(entry.code), entry.code);
  }
});

test('every retry policy has a label and advice in both languages', () => {
  for (const policy of RETRY_POLICIES) {
    for (const lang of LANGS) {
      assert.ok(RETRY_TEXT[policy][lang].label.length > 3, `${policy} ${lang} label`);
      assert.match(RETRY_TEXT[policy][lang].advice, /\.$/u, `${policy} ${lang} advice is a sentence`);
    }
  }
});

test('Swedish texts avoid the mistakes of the translated page', () => {
  const banned = [/12:00/u, /01:00/u, /säkerhetskopiering/iu, /avgiftsgräns/iu, /program\/json/iu, /hoppas över/iu];
  const sv = [
    ...CATALOG.flatMap((e) => Object.values(e.text.sv)),
    ...RETRY_POLICIES.flatMap((p) => Object.values(RETRY_TEXT[p].sv)),
  ];
  for (const text of sv) for (const re of banned) assert.doesNotMatch(text, re);
  const all = (code: string) => Object.values(findEntry(code)!.text.sv).join(' ');
  assert.match(all('607'), /midnatt/u);
  assert.match(all('1029'), /midnatt/u);
  assert.match(all('502'), /exponentiell backoff/u);
  assert.match(all('612'), /Content-Type: application\/json/u);
  assert.match(all('414'), /_method=GET/u);
  assert.match(all('414'), /POST/u);
});

test('English texts carry the documented numbers', () => {
  const en = (code: string) => Object.values(findEntry(code)!.text.en).join(' ');
  assert.match(en('606'), /100/u);
  assert.match(en('606'), /20 s/u);
  assert.match(en('615'), /10/u);
  assert.match(en('413'), /1 MB/u);
  assert.match(en('414'), /8 KB/u);
  assert.match(en('607'), /50,000/u);
  assert.match(en('607'), /midnight US Central/u);
  assert.match(en('602'), /3600/u);
});

test('findEntry accepts numbers and padded strings and prefers the requested level', () => {
  assert.equal(findEntry(606)?.code, '606');
  assert.equal(findEntry(' 1006 \n')?.code, '1006');
  assert.equal(findEntry('9999'), undefined);
  // 1029 is documented at record level but also arrives in errors[]: falls back to any level.
  assert.equal(findEntry('1029', 'response')?.level, 'record');
  assert.equal(findEntry('401', 'http')?.level, 'http');
});

test('entriesAt filters by level and together covers the catalog', () => {
  const sizes = LEVELS.map((l) => entriesAt(l).length);
  assert.deepEqual(sizes, [4, 31, 37]);
  for (const level of LEVELS) for (const e of entriesAt(level)) assert.equal(e.level, level);
  assert.equal(
    sizes.reduce((a, b) => a + b, 0),
    CATALOG.length,
  );
});
