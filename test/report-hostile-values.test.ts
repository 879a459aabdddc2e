import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderDefaults } from '../src/report/format-spec.js';
import type { Report } from '../src/report/model.js';
import { FORMATS } from '../src/report/registry.js';
import { loadReport } from './helpers/reports.js';

// A report read by `merge` is a file anyone could have edited.
const PAYLOAD = '"><meta http-equiv="refresh" content="0;url=https://evil.example">';

function edited(): Report {
  const r = loadReport('mixed-sync-run.json');
  const c = r.levels.record.codes[0]!;
  Object.assign(c, { count: PAYLOAD, exchanges: { toString: 1 } });
  Object.assign(r.diagnostics[0]!, { severity: PAYLOAD });
  return r;
}

test('a count or severity edited into markup is never written raw into HTML, and no format throws', () => {
  for (const format of FORMATS) {
    const out = format.render(edited(), renderDefaults({ lang: 'en' }));
    assert.ok(!out.includes('<meta http-equiv="refresh"'), format.name);
  }
  const html = FORMATS.find((f) => f.name === 'html')!.render(edited(), renderDefaults({ lang: 'en' }));
  assert.match(html, /data-count="" data-exchanges=""/);
});

test('every human format shows calls with failed records (recordFailureCalls) with its number', () => {
  const r = loadReport('mixed-sync-run.json');
  r.totals.recordFailureCalls = 4321;
  const label = 'Calls with failed records';
  for (const name of ['table', 'markdown', 'html']) {
    const out = FORMATS.find((f) => f.name === name)!.render(r, renderDefaults({ lang: 'en', width: 120 }));
    const at = out.indexOf(label);
    assert.ok(at >= 0, `${name} lacks the label`);
    assert.match(out.slice(at, at + 200), /4,321/, name);
  }
  const sv = FORMATS.find((f) => f.name === 'markdown')!.render(r, renderDefaults({ lang: 'sv' }));
  assert.match(sv, /Anrop med misslyckade poster:\*\* 4\u00a0321/);
});
