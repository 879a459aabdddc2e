import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { renderDefaults } from '../src/report/format-spec.js';
import { junitFormat } from '../src/report/junit.js';
import type { Report } from '../src/report/model.js';
import { loadReport } from './helpers/reports.js';
import { ROOT } from './helpers/run-cli.js';

// Validated by libxml2 against the JUnit schema Jenkins' xUnit plugin ships
// (test/schemas/junit-10.xsd), which also covers what GitLab reads.
const XSD = path.join(ROOT, 'test/schemas/junit-10.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const skip = hasXmllint ? false : 'xmllint is not installed (Debian: libxml2-utils; .ci/run installs it)';
const dir = mkdtempSync(path.join(tmpdir(), 'junit-'));

function validate(xml: string, name: string): void {
  const file = path.join(dir, `${name}.xml`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
}

/** Attributes of every element with this name, in document order, read back by xmllint. */
function attributes(xml: string, element: string, attribute: string): string[] {
  const file = path.join(dir, 'read.xml');
  writeFileSync(file, xml);
  const out = execFileSync('xmllint', ['--xpath', `//${element}/@${attribute}`, file], { encoding: 'utf8' });
  return [...out.matchAll(/ \w+="([^"]*)"/g)].map((m) => m[1]!);
}

const render = (r: Report, lang: 'en' | 'sv' = 'en') => junitFormat.render(r, renderDefaults({ lang }));

test('the mixed report is valid JUnit with a failing case per code and endpoint', { skip }, () => {
  const r = loadReport('mixed-sync-run.json');
  for (const lang of ['en', 'sv'] as const) validate(render(r, lang), `mixed-${lang}`);
  const xml = render(r);
  const failing = attributes(xml, 'failure', 'type');
  const expected = (['http', 'response', 'record'] as const).flatMap((l) =>
    r.levels[l].codes.flatMap((c) => c.endpoints.map(() => `${l}/${c.code}`)),
  );
  const diagnostics = r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity}/${d.id}`);
  assert.deepEqual(failing, [...expected, ...diagnostics]);
  const failures = attributes(xml, 'testsuites', 'failures');
  assert.deepEqual(failures, [String(failing.length)]);
  const props = attributes(xml, 'property', 'name');
  assert.ok(props.includes('recordFailureCalls'));
});

test('a clean log is suites of passing cases, not an empty file', { skip }, () => {
  const xml = render(loadReport('clean-run.json'));
  validate(xml, 'clean');
  assert.deepEqual(attributes(xml, 'testsuites', 'failures'), ['0']);
  assert.equal(attributes(xml, 'testsuite', 'name').length, 5);
  assert.ok(attributes(xml, 'testcase', 'name').length >= 5);
});

test('log text with markup, control characters and lone surrogates stays valid XML and reads back as text', {
  skip,
}, () => {
  const r = loadReport('mixed-sync-run.json');
  const c = r.levels.response.codes[0]!;
  c.title = 'a <b> & "c" \u0000\u0007\u001b[31m \ud800 ]]>';
  c.endpoints[0]!.endpoint = '/rest/v1/<x>\n"y".json';
  r.complete = false;
  const xml = render(r);
  validate(xml, 'hostile');
  assert.ok(attributes(xml, 'failure', 'message').some((m) => m.startsWith('a &lt;b&gt; &amp; &quot;c&quot;')));
  assert.ok(attributes(xml, 'failure', 'type').includes('incomplete'));
});
