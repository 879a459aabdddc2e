import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { mdText, renderMarkdown } from '../src/report/markdown.js';
import type { Report } from '../src/report/model.js';
import { wordsFor } from '../src/report/words.js';

function loadReport(name: string): Report {
  return JSON.parse(readFileSync(new URL(`../../fixtures/reports/${name}`, import.meta.url), 'utf8')) as Report;
}

/** Cells of a Markdown table row, splitting on unescaped pipes only. */
function cells(row: string): string[] {
  return row.replace(/^\| | \|$/g, '').split(/(?<!\\) \| /);
}

test('mdText escapes pipes, backticks and HTML', () => {
  const s = mdText('a|b `code` <img src=x onerror=alert(1)> & *bold*\nnext');
  assert.ok(!s.includes('<'));
  assert.ok(!/(?<!\\)[|`*]/.test(s), s);
  assert.ok(!s.includes('\n'));
});

test('each level has a table with one row per code and the right number of cells', () => {
  const r = loadReport('mixed-sync-run.json');
  const md = renderMarkdown(r, { lang: 'en' });
  const w = wordsFor('en');
  for (const level of ['http', 'response', 'record'] as const) {
    const section = md.slice(md.indexOf(`## ${w.level[level]}`));
    const table = section.split('\n\n')[1]!.split('\n').filter(Boolean);
    const header = cells(table[0]!);
    const rows = table.slice(2);
    assert.equal(rows.length, r.levels[level].codes.length, level);
    for (const row of rows) assert.equal(cells(row).length, header.length, row);
  }
});

test('log text cannot break a table row or inject HTML', () => {
  const r = loadReport('mixed-sync-run.json');
  const c = r.levels.record.codes[0]!;
  c.messages[0]!.message = "Field 'a|b' not found `x` <script>alert(1)</script>";
  c.title = 'Field | not found';
  c.remedy = '<img src=x onerror=alert(1)>\n| injected | row |';
  const md = renderMarkdown(r, { lang: 'en' });
  assert.ok(!md.includes('<script'));
  assert.ok(!md.includes('<img'));
  const row = md.split('\n').find((l) => l.startsWith(`| ${c.code} |`))!;
  const header = md.split('\n').find((l) => l.startsWith(`| ${wordsFor('en').code} |`))!;
  assert.equal(cells(row).length, cells(header).length);
  assert.ok(!md.split('\n').some((l) => l.startsWith('| injected')));
});

test('summary and diagnostics carry the totals and every diagnostic, in Swedish too', () => {
  const r = loadReport('mixed-sync-run.json');
  const w = wordsFor('sv');
  Object.assign(r.totals, { exchanges: 4253, failedShare: 0.0108 });
  const md = renderMarkdown(r, { lang: 'sv' });
  assert.ok(md.includes(`**${w.failedCalls}:** ${r.totals.failedCalls} (1,1\u00a0%)`));
  assert.ok(md.includes(`**${w.exchanges}:** 4\u00a0253`));
  assert.ok(md.includes(`**${w.recordFailureCalls}:** ${r.totals.recordFailureCalls}`));
  for (const d of r.diagnostics) assert.ok(md.includes(`**${w.severity[d.severity]}: `), d.id);
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  assert.equal(md.split('\n').filter((l) => l.startsWith(`- **${w.severity.error}: `)).length, errors);
});

test('an incomplete report says so at the top', () => {
  const r = loadReport('mixed-sync-run.json');
  r.complete = false;
  const md = renderMarkdown(r, { lang: 'en' });
  assert.ok(md.indexOf(wordsFor('en').incomplete) < md.indexOf(`## ${wordsFor('en').summary}`));
});
