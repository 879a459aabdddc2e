import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { chooseFormat, parseCsvRows } from '../src/commands/analyze-options.js';
import { AppError } from '../src/errors.js';
import { FORMATS, formatChoices, formatForFile, formatNamed, formatsHelp } from '../src/report/registry.js';
import { renderDefaults } from '../src/report/format-spec.js';
import { loadReport } from './helpers/reports.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

test('names and -o extensions are unique across the registry', () => {
  const names = FORMATS.map((f) => f.name);
  assert.equal(new Set(names).size, names.length);
  const extensions = FORMATS.flatMap((f) => f.extensions);
  assert.equal(new Set(extensions).size, extensions.length);
  for (const ext of extensions) assert.match(ext, /^[a-z0-9]+$/);
});

test('every registered extension chooses its format through -o, in any case', () => {
  for (const f of FORMATS) {
    for (const ext of f.extensions) {
      assert.equal(chooseFormat({ output: `out/report.${ext}` }, false).name, f.name);
      assert.equal(chooseFormat({ output: `REPORT.${ext.toUpperCase()}` }, true).name, f.name);
    }
  }
  assert.equal(formatForFile('report.unknown'), undefined);
  assert.equal(chooseFormat({ output: 'report.unknown' }, true).name, 'json');
  assert.equal(chooseFormat({}, true).name, 'table');
  assert.equal(chooseFormat({}, false).name, 'json');
  assert.equal(chooseFormat({ format: 'csv', output: 'x.html' }, true).name, 'csv');
});

test('an unknown --format is a usage error that lists every registered name', () => {
  assert.throws(
    () => chooseFormat({ format: 'yaml' }, true),
    (e: unknown) =>
      e instanceof AppError && e.code === 'BAD_OPTION' && FORMATS.every((f) => e.message.includes(f.name)),
  );
  assert.throws(
    () => parseCsvRows('rows'),
    (e: unknown) => e instanceof AppError && e.code === 'BAD_OPTION',
  );
  assert.equal(parseCsvRows('diagnostics'), 'diagnostics');
});

test('the help names every format with its help line and extensions', () => {
  const help = formatsHelp();
  for (const f of FORMATS) {
    const line = help.split('\n').find((l) => l.trimStart().startsWith(`${f.name} `));
    assert.ok(line, f.name);
    assert.ok(line.includes(f.help));
    for (const ext of f.extensions) assert.ok(line.includes(`*.${ext}`), `${f.name} ${ext}`);
    assert.ok(formatChoices().includes(f.name));
  }
});

test('every format renders the mixed report as text ending in a newline', () => {
  const report = loadReport('mixed-sync-run.json');
  for (const f of FORMATS) {
    const out = f.render(report, renderDefaults({ lang: 'en' }));
    assert.ok(out.length > 0 && out.endsWith('\n'), f.name);
    assert.equal(formatNamed(f.name), f);
  }
});

test('a finding stream is offered by the format, not by the CLI: csv only with --csv-rows findings', () => {
  const csv = formatNamed('csv')!;
  assert.equal(csv.findingStream?.(renderDefaults({ lang: 'en' })), undefined);
  const stream = csv.findingStream?.(renderDefaults({ lang: 'en', csvRows: 'findings' }));
  assert.ok(stream);
  assert.match(stream.header(), /^level,code,/);
});

test('analyze -o chooses the format by extension for the CI formats too', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'formats-'));
  const log = 'fixtures/reports/logs/export-worker-2024-10-14.ndjson';
  const starts: Record<string, RegExp> = {
    'r.sarif': /^\{\n {2}"\$schema": "https:\/\/docs\.oasis-open\.org\/sarif/,
    'r.xml': /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /,
    'r.prom': /^# HELP marketo_errors_occurrences_total /,
  };
  for (const [file, start] of Object.entries(starts)) {
    const { code } = await runCliInProcess(['analyze', log, '-q', '-o', path.join(dir, file)]);
    assert.equal(code, 0, file);
    assert.match(readFileSync(path.join(dir, file), 'utf8'), start);
  }
});
