import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, entriesAt, findEntry } from '../src/catalog/index.js';
import { renderCodes, renderExplain, markdownCell } from '../src/report/codes/index.js';
import { parseCsv } from './helpers/reports.js';

const ANSI = /\u001b\[/u;

test('json output parses and carries every code with the documented fields', () => {
  const out = renderCodes(CATALOG, { format: 'json', lang: 'en', color: true });
  assert.doesNotMatch(out, ANSI);
  const rows = JSON.parse(out) as Record<string, unknown>[];
  assert.equal(rows.length, CATALOG.length);
  assert.deepEqual(
    new Set(rows.map((r) => `${r.level}:${r.code}`)),
    new Set(CATALOG.map((e) => `${e.level}:${e.code}`)),
  );
  for (const key of [
    'code',
    'level',
    'title',
    'meaning',
    'remedy',
    'retry',
    'countsAgainstQuota',
    'messages',
    'source',
  ]) {
    assert.ok(key in rows[0]!, key);
  }
  const r606 = rows.find((r) => r.code === '606')!;
  assert.equal(r606.retry, 'wait-for-window');
  assert.equal(r606.countsAgainstQuota, true);
  assert.equal(rows.find((r) => r.code === '601')!.countsAgainstQuota, false);
});

test('json in Swedish carries the Swedish texts', () => {
  const rows = JSON.parse(renderCodes([findEntry('607')!], { format: 'json', lang: 'sv', color: false }));
  assert.equal(rows[0].title, findEntry('607')!.text.sv.title);
});

test('csv has a header plus one row per entry and parses back', () => {
  const out = renderCodes(CATALOG, { format: 'csv', lang: 'sv', color: true });
  assert.doesNotMatch(out, ANSI);
  const rows = parseCsv(out);
  assert.equal(rows.length, CATALOG.length + 1);
  const header = rows[0]!;
  assert.ok(header.includes('code') && header.includes('retry') && header.includes('countsAgainstQuota'));
  for (const row of rows) assert.equal(row.length, header.length);
  const codeCol = header.indexOf('code');
  const remedyCol = header.indexOf('remedy');
  const row414 = rows.find((r) => r[codeCol] === '414')!;
  assert.equal(row414[remedyCol], findEntry('414')!.text.sv.remedy);
});

test('markdown has a header, a separator and one row per entry, with pipes escaped', () => {
  const entries = entriesAt('record');
  const out = renderCodes(entries, { format: 'markdown', lang: 'en', color: true });
  assert.doesNotMatch(out, ANSI);
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, entries.length + 2);
  const columns = lines[0]!.split(' | ').length;
  for (const line of lines.slice(2)) {
    assert.match(line, /^\| \d{3,4} \|/u);
    // Unescaped pipes would add columns.
    assert.equal(line.split(/(?<!\\)\|/u).length - 2, columns, line);
  }
  assert.equal(markdownCell('a|b\nc'), 'a\\|b<br>c');
});

test('level filter via entriesAt reaches every format', () => {
  const http = entriesAt('http');
  const rows = JSON.parse(renderCodes(http, { format: 'json', lang: 'en', color: false }));
  assert.deepEqual(rows.map((r: { code: string }) => r.code).sort(), ['401', '404', '413', '414']);
  assert.ok(rows.every((r: { level: string }) => r.level === 'http'));
});

test('table lists every code, colours only when asked, and fits the width', () => {
  const entries = entriesAt('response');
  const plain = renderCodes(entries, { format: 'table', lang: 'en', color: false, width: 80 });
  assert.doesNotMatch(plain, ANSI);
  for (const e of entries) assert.match(plain, new RegExp(`│ ${e.code}\\s`, 'u'));
  for (const line of plain.trimEnd().split('\n')) assert.ok([...line].length <= 80, `${[...line].length}: ${line}`);
  const coloured = renderCodes(entries, { format: 'table', lang: 'en', color: true });
  assert.match(coloured, ANSI);
  const sv = renderCodes(entries, { format: 'table', lang: 'sv', color: false });
  assert.match(sv, /Nivå/u);
});

test('explain shows level, texts, retry advice and quota note for each code', () => {
  const entries = ['606', '601', '1006'].map((c) => findEntry(c)!);
  const out = renderExplain(entries, { lang: 'en', color: false });
  assert.doesNotMatch(out, ANSI);
  for (const e of entries) {
    assert.match(out, new RegExp(`^${e.code}  `, 'mu'));
    assert.ok(out.includes(e.text.en.title));
  }
  const blocks = out.trimEnd().split('\n\n');
  assert.equal(blocks.length, 3);
  assert.match(blocks[0]!, /Retry:\s+Wait for the rate window/u);
  assert.match(blocks[0]!, /still\s+counts\s+against/u);
  assert.match(blocks[1]!, /neither\s+the\s+daily\s+quota/u);
  assert.match(blocks[0]!, /Level:\s+Response/u);
  for (const line of out.split('\n')) assert.ok(line.length <= 80 || !line.includes(' '), line);
});

test('explain in Swedish with colour', () => {
  const out = renderExplain([findEntry('607')!], { lang: 'sv', color: true });
  assert.match(out, ANSI);
  assert.match(out, /Nivå/u);
  assert.match(out, /midnatt/u);
  assert.match(renderExplain([], { lang: 'sv', color: false }), /Inga/u);
});
