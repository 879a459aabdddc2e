import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CodeReport, Report } from '../src/report/model.js';
import { renderTable } from '../src/report/table.js';
import { MAX_TABLE_CODES } from '../src/report/table-codes.js';

// A log with hundreds of distinct codes: the terminal lists the most frequent
// ones and says how many codes and occurrences it leaves to the other formats.

const TOTAL = 120;

/** The mixed run with its record level replaced by codes 900001.. seen 1..TOTAL times (the last most often). */
function manyCodes(): Report {
  const r = JSON.parse(
    readFileSync(new URL('../../fixtures/reports/mixed-sync-run.json', import.meta.url), 'utf8'),
  ) as Report;
  const model = r.levels.record.codes[0]!;
  r.levels.record.codes = Array.from(
    { length: TOTAL },
    (_, i): CodeReport => ({ ...model, code: String(900_001 + i), count: i + 1, exchanges: i + 1, title: `t${i}` }),
  );
  return r;
}

const recordSection = (out: string): string => out.slice(out.indexOf('Record level'));

test('only the most frequent codes are listed; the rest is one line with exact counts', () => {
  const out = recordSection(renderTable(manyCodes(), { color: false, width: 120, lang: 'en' }));
  const listed = [...out.matchAll(/│ (900\d\d\d) /g)].map((m) => Number(m[1]));
  // The most frequent come first: counts TOTAL down to TOTAL - MAX_TABLE_CODES + 1.
  const expected = Array.from({ length: MAX_TABLE_CODES }, (_, i) => 900_000 + TOTAL - i);
  assert.deepEqual(listed, expected);
  const rest = TOTAL - MAX_TABLE_CODES;
  const restOccurrences = (rest * (rest + 1)) / 2; // counts 1..rest
  assert.match(out, new RegExp(`… and ${rest} more codes \\(${restOccurrences.toLocaleString('en')} occurrences\\)`));
  assert.match(out, /--format json, csv or html lists every code/);
  // The heading keeps the level's whole numbers.
  assert.match(out, new RegExp(`${TOTAL} codes, ${((TOTAL * (TOTAL + 1)) / 2).toLocaleString('en')} occurrences`));
});

test('the line about the codes left out is Swedish with --lang sv, and every line fits the width', () => {
  const out = renderTable(manyCodes(), { color: false, width: 140, lang: 'sv' });
  assert.match(out, new RegExp(`… och ${TOTAL - MAX_TABLE_CODES} koder till \\(`));
  assert.match(out, /--format json, csv eller html listar alla koder/);
  assert.doesNotMatch(out, /more codes/);
  const narrow = renderTable(manyCodes(), { color: false, width: 50, lang: 'sv' });
  for (const line of narrow.split('\n')) assert.ok([...line].length <= 50, line);
});

test('a level with no more codes than the limit lists them all and has no such line', () => {
  const r = manyCodes();
  r.levels.record.codes = r.levels.record.codes.slice(0, MAX_TABLE_CODES);
  const out = recordSection(renderTable(r, { color: false, width: 120, lang: 'en' }));
  assert.equal([...out.matchAll(/│ 900\d\d\d /g)].length, MAX_TABLE_CODES);
  assert.doesNotMatch(out, /more code/);
});
