import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Report } from '../src/aggregate/report-model.js';
import { render } from '../src/report/index.js';
import { fixture } from './helpers/run-cli.js';
import { runInProcess } from './helpers/run-in-process.js';

// HTML and CSV say what JSON, the table and Markdown say about reading: where to look for
// unrecognised lines (`inspect`) and which codes came only from log text. The Python text log
// holds no bodies: every code the mock answered is read from text (record_logging_text.py).
const LOG = fixture('python', 'requests-logging-text.log');
const expected = JSON.parse(readFileSync(`${LOG}.expected.json`, 'utf8')) as {
  levels: Record<'response' | 'record', Record<string, number>>;
};
const FROM_TEXT = { ...expected.levels.response, ...expected.levels.record };
// The one order of codes: most occurrences first, then numeric order (615 before 1005).
const IN_ORDER = Object.entries(FROM_TEXT).sort(([a, an], [b, bn]) => bn - an || Number(a) - Number(b));

const WORDS = {
  en: { inspect: 'marketo-errors inspect FILE', textCodes: 'Codes read from log text (no body logged)' },
  sv: { inspect: 'marketo-errors inspect FIL', textCodes: 'Koder lästa ur loggtext (ingen svarskropp loggad)' },
} as const;

async function analyze(format: string, lang: 'en' | 'sv', extra: Record<string, string> = {}, file = LOG) {
  const r = await runInProcess('analyze', [file], { format, lang, quiet: true, jobs: '1', ...extra });
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

function unrecognisedOf(json: string): number {
  return (JSON.parse(json) as Report).totals.unrecognised;
}

test('the fixture has unrecognised lines; the JSON report has the codes the mock answered as text codes', async () => {
  assert.ok(unrecognisedOf(await analyze('json', 'en')) > 0);
  const report = JSON.parse(await analyze('json', 'en')) as Report;
  assert.deepEqual(report.inputs[0]!.textCodes, FROM_TEXT);
});

for (const lang of ['en', 'sv'] as const) {
  test(`html (${lang}): the inputs section points to inspect and lists the text codes, in code order`, async () => {
    const unrecognised = unrecognisedOf(await analyze('json', lang));
    const html = await analyze('html', lang);
    const inputs = html.slice(html.indexOf('<section class="inputs">'));
    assert.ok(inputs.length < html.length, 'an inputs section');
    assert.match(inputs, new RegExp(`: ${unrecognised} \\(<code>${WORDS[lang].inspect}</code> `));
    const list = IN_ORDER.map(([code, n]) => `${code} ×${n}`).join(', ');
    assert.ok(inputs.includes(`${WORDS[lang].textCodes}: ${list}</td>`), inputs);
  });

  test(`csv totals (${lang}): a note column with the inspect pointer and a row per text code`, async () => {
    const [header, ...rows] = (await analyze('csv', lang, { csvRows: 'totals' })).trimEnd().split('\n');
    assert.equal(header, 'total,value,note');
    const unrecognised = rows.find((r) => r.startsWith('unrecognised,'))!.split(',');
    assert.equal(Number(unrecognised[1]), unrecognisedOf(await analyze('json', lang)));
    assert.match(unrecognised[2]!, new RegExp(`^\`${WORDS[lang].inspect}\``));
    const textRows = rows.filter((r) => r.startsWith('textCodes.'));
    assert.deepEqual(
      textRows,
      IN_ORDER.map(([code, n]) => `textCodes.${code},${n},${WORDS[lang].textCodes}`),
    );
    // Every other row is a number with no note: a spreadsheet can sum the value column.
    for (const r of rows.filter((x) => !x.startsWith('textCodes.') && !x.startsWith('unrecognised,')))
      assert.match(r, /^[\w.]+,[\d.]+,$/);
  });
}

test('a log read whole, with no text codes, has neither note in HTML or CSV', async () => {
  const har = fixture('har', 'chromium-marketo-sync.har');
  assert.equal(unrecognisedOf(await analyze('json', 'en', {}, har)), 0);
  const html = await analyze('html', 'en', {}, har);
  assert.doesNotMatch(html, /marketo-errors inspect|Codes read from log text/);
  const csv = await analyze('csv', 'en', { csvRows: 'totals' }, har);
  assert.doesNotMatch(csv, /textCodes\.|inspect/);
});

test('text codes of a hand-edited report are escaped in HTML and neutralised in CSV', async () => {
  const report = JSON.parse(await analyze('json', 'en')) as Report;
  report.inputs[0]!.textCodes = { '<img src=x onerror=alert(1)>': 2, '=HYPERLINK("https://evil.example")': 1 };
  const html = render('html', report, { lang: 'en' });
  assert.doesNotMatch(html, /<img/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt; ×2/);
  const csv = render('csv', report, { lang: 'en', csvRows: 'totals' });
  assert.match(csv, /^"textCodes\.=HYPERLINK/m);
  assert.doesNotMatch(csv, /(?:^|,)"?=/m, 'no cell starts a formula');
});
