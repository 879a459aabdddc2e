import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Report } from '../src/report/model.js';
import { renderTable } from '../src/report/table.js';
import { wordsFor } from '../src/report/words.js';

function loadReport(name: string): Report {
  return JSON.parse(readFileSync(new URL(`../../fixtures/reports/${name}`, import.meta.url), 'utf8')) as Report;
}

const ESC = '\u001b';
const EVIL = '\u001b[31mEVIL\u001b]0;title\u0007';
const SGR = /\u001b\[[0-9;]*m/g;

/** Columns a line takes on a terminal: SGR codes are invisible, the rest is one column a character. */
const visible = (line: string) => [...line.replace(SGR, '')].length;

/** The mixed run with log-derived strings that try to drive the terminal. */
function evilReport(): Report {
  const r = loadReport('mixed-sync-run.json');
  const c = r.levels.response.codes[0]!;
  c.messages[0]!.message = `Max rate limit ${EVIL} exceeded`;
  c.endpoints[0]!.endpoint = `/rest/v1/${EVIL}leads.json`;
  c.samples[0]!.requestId = `abc${EVIL}`;
  r.inputs[0]!.malformed[0]!.reason = `bad ${EVIL} line`;
  r.notes[0]!.message = `note ${EVIL}`;
  r.diagnostics[0]!.advice = `advice ${EVIL}`;
  r.diagnostics[0]!.evidence = { [`k${EVIL}`]: `v${EVIL}` };
  r.inputs[0]!.name = `logs/${EVIL}.ndjson`;
  return r;
}

test('log text with escape sequences prints no ESC when colour is off', () => {
  const out = renderTable(evilReport(), { color: false, width: 100, lang: 'en' });
  assert.ok(!out.includes(ESC), 'ESC in output');
  assert.ok(!out.includes('\u0007'), 'BEL in output');
  assert.match(out, /EVIL/);
});

test('with colour on, the only escape sequences are our own SGR colours', () => {
  const out = renderTable(evilReport(), { color: true, width: 100, lang: 'en' });
  assert.ok(out.includes(ESC), 'expected colour codes');
  assert.ok(!out.replace(SGR, '').includes(ESC), 'a non-SGR escape sequence got through');
  assert.ok(!out.includes('\u0007'));
});

test('colour off means no ESC at all, for both fixtures and both languages', () => {
  for (const name of ['mixed-sync-run.json', 'clean-run.json']) {
    for (const lang of ['en', 'sv'] as const) {
      const out = renderTable(loadReport(name), { color: false, width: 80, lang });
      assert.ok(!out.includes(ESC), `${name} ${lang}`);
    }
  }
});

test('no line is wider than the width asked for', () => {
  const r = evilReport();
  // An unbreakable 300-character message and a long path must wrap, not overflow.
  r.levels.record.codes[0]!.messages.push({ message: 'x'.repeat(300), params: [], count: 1 });
  r.levels.http.codes[0]!.endpoints[0]!.endpoint = '/rest/v1/' + 'very-long-segment-'.repeat(12) + '.json';
  r.filters = { endpoint: '/rest/v1/leads.json', level: ['record', 'response'] };
  for (const width of [80, 60, 132]) {
    for (const color of [false, true]) {
      for (const lang of ['en', 'sv'] as const) {
        const out = renderTable(r, { color, width, lang });
        const wide = out.split('\n').filter((l) => visible(l) > width);
        assert.deepEqual(wide, [], `width ${width} color ${color} ${lang}`);
      }
    }
  }
});

test('line numbers of malformed lines survive narrow widths', () => {
  const r = loadReport('mixed-sync-run.json');
  const out = renderTable(r, { color: false, width: 50, lang: 'en' });
  const [first, second] = r.inputs[0]!.malformed.map((m) => new RegExp(`:${m.line}\\b`));
  assert.match(out, first!);
  assert.match(out, second!);
});

test('maxMalformed caps the listed malformed lines and says how many are left', () => {
  const w = wordsFor('en');
  const r = loadReport('mixed-sync-run.json');
  const out = renderTable(r, { color: false, width: 100, lang: 'en', maxMalformed: 1 });
  const [first, second] = r.inputs[0]!.malformed.map((m) => new RegExp(`:${m.line}\\b`));
  assert.match(out, first!);
  assert.doesNotMatch(out, second!);
  assert.ok(out.includes(w.more(1)));
});

test('an incomplete report carries the warning before the totals', () => {
  const w = wordsFor('sv');
  const r = loadReport('mixed-sync-run.json');
  r.complete = false;
  const out = renderTable(r, { color: false, width: 200, lang: 'sv' });
  const warning = out.indexOf(w.incomplete);
  assert.ok(warning > 0);
  assert.ok(warning < out.indexOf(w.exchanges));
  assert.equal(
    renderTable(loadReport('mixed-sync-run.json'), { color: false, width: 200, lang: 'sv' }).indexOf(w.incomplete),
    -1,
  );
});

test('the summary carries the totals, failed share and notes count', () => {
  const r = loadReport('mixed-sync-run.json');
  // Numbers large enough for digit grouping; the rest as the fixture has them.
  Object.assign(r.totals, { exchanges: 4253, quotaCalls: 4232, failedShare: 0.0108 });
  const t = r.totals;
  const out = renderTable(r, { color: false, width: 100, lang: 'en' });
  const w = wordsFor('en');
  const row = (label: string) => out.split('\n').find((l) => l.includes(`│ ${label} `)) ?? '';
  assert.match(row(w.exchanges), /4,253/);
  assert.match(row(w.failedCalls), new RegExp(`\\b${t.failedCalls}\\b.*1\\.1%`));
  assert.match(row(w.recordFailureCalls), new RegExp(`│ ${t.recordFailureCalls} `));
  assert.match(row(w.quotaCalls), /4,232/);
  assert.match(row(w.noResponse), new RegExp(`│ ${t.noResponse} `));
  assert.match(row(w.notes), new RegExp(`│ ${r.notes.reduce((s, n) => s + n.count, 0)} `));
  const sv = renderTable(r, { color: false, width: 100, lang: 'sv' });
  assert.ok(sv.includes('4\u00a0253'), 'Swedish digit grouping');
  assert.ok(sv.includes('1,1\u00a0%'), 'Swedish decimal comma');
});

test('diagnostics come before the level sections, errors first', () => {
  const w = wordsFor('en');
  const out = renderTable(loadReport('mixed-sync-run.json'), { color: false, width: 100, lang: 'en' });
  const error = out.indexOf(`│ ${w.severity.error}`);
  const info = out.indexOf(`│ ${w.severity.info}`);
  assert.ok(error > 0 && info > error);
  assert.ok(info < out.indexOf(`\n${w.level.http} · `));
});
