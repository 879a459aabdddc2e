import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LEVELS } from '../src/catalog/types.js';
import { render, REPORT_FORMATS } from '../src/report/index.js';
import { loadReport, parseCsv } from './helpers/reports.js';

// Every format renders from the same Report: the numbers per code must agree.

const digitsOnly = (s: string) => Number(s.replace(/[^\d-]/g, ''));

const mixed = loadReport('mixed-sync-run.json');
const codes = LEVELS.flatMap((l) => mixed.levels[l].codes);

test('the fixture is what the tests expect: 606, 1006 x120 and 413 among others', () => {
  assert.deepEqual(codes.map((c) => `${c.level}:${c.code}`).sort(), [
    'http:413',
    'http:504',
    'record:1004',
    'record:1006',
    'response:602',
    'response:606',
  ]);
  assert.equal(codes.find((c) => c.code === '1006')?.count, 120);
  for (const l of LEVELS) {
    const sum = mixed.levels[l].codes.reduce((s, c) => s + c.count, 0);
    assert.equal(sum, mixed.totals.findings[l], l);
    assert.equal(
      mixed.timeline.points.reduce((s, p) => s + p[l], 0),
      sum,
      `timeline ${l}`,
    );
  }
});

test('CSV rows carry the same count and exchanges as the report, one row per code and no other kind', () => {
  const [header, ...rows] = parseCsv(render('csv', mixed, { lang: 'en' }));
  const col = (name: string) => header!.indexOf(name);
  assert.equal(rows.length, codes.length);
  assert.ok(rows.every((r) => ['http', 'response', 'record'].includes(r[col('level')]!)));
  for (const c of codes) {
    const row = rows.find((r) => r[col('level')] === c.level && r[col('code')] === c.code);
    assert.ok(row, `${c.level}:${c.code}`);
    assert.equal(Number(row[col('count')]), c.count);
    assert.equal(Number(row[col('exchanges')]), c.exchanges);
  }
});

test('--csv-rows diagnostics: a row per diagnostic with columns of its own, evidence as JSON', () => {
  const [header, ...rows] = parseCsv(render('csv', mixed, { lang: 'en', csvRows: 'diagnostics' }));
  assert.deepEqual(header, ['id', 'severity', 'title', 'advice', 'evidence']);
  assert.deepEqual(
    rows.map((r) => [r[0], r[1], r[2], JSON.parse(r[4]!)]),
    mixed.diagnostics.map((d) => [d.id, d.severity, d.title, d.evidence]),
  );
});

test('Markdown has one table row per code with its count and exchanges', () => {
  const md = render('markdown', mixed, { lang: 'en' });
  const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
  for (const c of codes) {
    const row = rows.find((r) => r.split(' | ')[0] === `| ${c.code}`);
    assert.ok(row, c.code);
    const cells = row.split(' | ');
    assert.equal(digitsOnly(cells[1]!), c.count);
    assert.equal(digitsOnly(cells[2]!), c.exchanges);
  }
});

test('HTML holds each code with its count and exchanges in its level table', () => {
  const html = render('html', mixed, { lang: 'en' });
  for (const c of codes) {
    const table = html.slice(html.indexOf(`<table class="codes" data-level="${c.level}">`));
    const row = new RegExp(
      `data-code="${c.code}" data-count="(\\d+)" data-exchanges="(\\d+)"[^]*?<td class="num count">([^<]+)</td>`,
    ).exec(table);
    assert.ok(row, c.code);
    assert.equal(Number(row[1]), c.count);
    assert.equal(Number(row[2]), c.exchanges);
    assert.equal(digitsOnly(row[3]!), c.count);
  }
});

test('the terminal table shows each code on a row with its count and exchanges', () => {
  const out = render('table', mixed, { lang: 'en', width: 100 });
  for (const c of codes) {
    const line = out.split('\n').find((l) => new RegExp(`^│ ${c.code}\\s+│`).test(l));
    assert.ok(line, c.code);
    const cells = line.split('│').map((s) => s.trim());
    assert.equal(digitsOnly(cells[2]!), c.count);
    assert.equal(digitsOnly(cells[3]!), c.exchanges);
  }
});

test('JSON round-trips the report unchanged', () => {
  assert.deepEqual(JSON.parse(render('json', mixed, { lang: 'en' })), mixed);
});

test('a clean run renders in every format and lists no code', () => {
  const clean = loadReport('clean-run.json');
  for (const format of REPORT_FORMATS) {
    for (const lang of ['en', 'sv'] as const) {
      const out = render(format, clean, { lang, width: 80 });
      assert.ok(out.endsWith('\n'), `${format} ${lang}`);
    }
  }
  assert.equal(parseCsv(render('csv', clean, { lang: 'en' })).length, 1);
  assert.doesNotMatch(render('html', clean, { lang: 'en' }), /class="code-row"/);
  assert.doesNotMatch(render('markdown', clean, { lang: 'en' }), /^\| ---/m);
});

test('--csv-rows totals: a row per total, named as in the JSON report, recordFailureCalls among them', () => {
  const [header, ...rows] = parseCsv(render('csv', mixed, { lang: 'en', csvRows: 'totals' }));
  assert.deepEqual(header, ['total', 'value', 'note']);
  const value = (name: string) => Number(rows.find((r) => r[0] === name)?.[1]);
  const keys = ['exchanges', 'marketoCalls', 'failedCalls', 'recordFailureCalls', 'quotaCalls', 'noResponse'] as const;
  for (const key of keys) {
    assert.equal(value(key), mixed.totals[key], key);
  }
  for (const l of LEVELS) assert.equal(value(`findings.${l}`), mixed.totals.findings[l]);
});
