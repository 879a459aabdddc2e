import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { REPORT_FORMATS, render } from '../src/report/index.js';
import type { Report } from '../src/report/model.js';

const sample = JSON.parse(readFileSync(fixture('reports', 'mixed-sync-run.json'), 'utf8')) as Report;

/** The sample report (as `merge` reads it) with `text` in every place log text goes. */
function reportHolding(text: string): Report {
  const report = structuredClone(sample);
  for (const level of ['http', 'response', 'record'] as const) {
    for (const code of report.levels[level].codes) {
      code.messages[0]!.message = `msg ${text}`;
      code.endpoints[0]!.endpoint = `/rest/v1/${text}.json`;
      if (code.samples[0]) code.samples[0].requestId = `rid ${text}`;
    }
  }
  report.inputs[0]!.name = `logs/${text}.ndjson`;
  report.notes.push({ kind: 'warning', message: `note ${text}`, count: 1 });
  return report;
}

// Zero-width characters, and bidi marks, embeddings, overrides and isolates.
const HIDDEN = '\u200b\u200c\u200d\ufeff\u2060\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';

for (const format of REPORT_FORMATS) {
  test(`the ${format} report holds no zero-width or bidi character from the log`, () => {
    const out = render(format, reportHolding(`a${HIDDEN}b`), { lang: 'en' });
    for (const c of HIDDEN) assert.ok(!out.includes(c), `U+${c.charCodeAt(0).toString(16)} in ${format}`);
  });
}

test('the analysis removes zero-width and bidi characters from messages (every format starts clean)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'safety-'));
  const log = path.join(dir, 'app.ndjson');
  const body = {
    requestId: 'z#1',
    success: false,
    errors: [{ code: '1003', message: `Field 'e\u202email' ${HIDDEN} invalid` }],
  };
  const url = 'https://284-RPR-133.mktorest.com/rest/v1/leads.json';
  writeFileSync(log, `${JSON.stringify({ url, status: 200, responseBody: body })}\n`);
  const { stdout } = await runCliInProcess(['analyze', log, '--format', 'json', '--quiet']);
  const report = JSON.parse(stdout) as Report;
  assert.equal(report.levels.response.codes[0]!.messages[0]!.message, "Field 'email'  invalid");
});

const FORMULA = '=HYPERLINK("http://evil.example","x")';

test('CSV: a formula after blanks, NBSP, a zero-width space or a line break never starts a cell or line', () => {
  for (const prefix of [' ', '\t', '\u00a0', '\u200b', ' \u00a0 ', 'ok\n', 'ok\r\n  ']) {
    const out = render('csv', reportHolding(`${prefix}${FORMULA}`), { lang: 'en' });
    assert.ok(out.includes('=HYPERLINK'), 'the text is kept');
    // At the start of a cell (after a comma, perhaps a CSV quote) or of a line, blanks aside.
    const exposed = /(?:^|[,\r\n])"?[ \t\u00a0\u200b]*=HYPERLINK/.exec(out);
    assert.equal(exposed, null, `${JSON.stringify(prefix)}: ${JSON.stringify(exposed?.[0])}`);
  }
});

const CMARK = '/usr/bin/cmark-gfm';
const noCmark = existsSync(CMARK) ? false : `${CMARK} is not installed (CI installs Debian's cmark-gfm package)`;

test('Markdown: bare URLs and www. names from the log are not links when GitHub renders the report', {
  skip: noCmark,
}, () => {
  const md = render('markdown', reportHolding('see https://evil.example/x and www.evil.example'), { lang: 'en' });
  assert.ok(md.includes('evil.example'), 'the text is kept');
  const html = execFileSync(CMARK, ['--extension', 'autolink', '--extension', 'table'], { input: md }).toString();
  assert.ok(html.includes('evil.example/x'), 'cmark-gfm rendered the text');
  assert.ok(!/<a [^>]*evil\.example/.test(html), html.match(/<a [^>]*evil[^>]*>/)?.[0]);
});

test('Markdown: cmark-gfm does link a bare URL that is not escaped (so the test above can fail)', {
  skip: noCmark,
}, () => {
  const html = execFileSync(CMARK, ['--extension', 'autolink'], { input: 'see https://evil.example/x' }).toString();
  assert.match(html, /<a href="https:\/\/evil\.example\/x">/);
});

test('stderr: a line break or escape sequence in a file name cannot forge a line', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'safety-'));
  const name = path.join(dir, 'app\nmarketo-errors: all clear\u001b[2K\r.ndjson');
  // Mostly JSON, so read as NDJSON and the text line is reported (a file of text lines is a text log).
  // One call in it, so that the only line on stderr is the one naming the file (no "nothing read" notice).
  writeFileSync(
    name,
    'not json\n{"url":"https://123-abc-456.mktorest.com/rest/v1/leads.json","status":200}\n{"b":2}\n',
  );
  const { stderr } = await runCliInProcess(['analyze', name, '--format', 'json']);
  const lines = stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0]!, /app\\nmarketo-errors: all clear\.ndjson: 1 line/);
  assert.ok(!stderr.includes('\u001b') && !stderr.includes('\r'));
});

test('stderr: a missing file whose name holds a line break is named on one line', async () => {
  const { code, stderr } = await runCliInProcess([
    'analyze',
    '/nonexistent/a\nmarketo-errors: forged',
    '--format',
    'json',
  ]);
  assert.equal(code, 3);
  assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
});
