import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { renderDefaults } from '../src/report/format-spec.js';
import type { Report } from '../src/report/model.js';
import { sarifFormat } from '../src/report/sarif.js';
import { loadReport } from './helpers/reports.js';
import { ROOT } from './helpers/run-cli.js';

// Validated by Ajv against the official SARIF 2.1.0 schema (OASIS, vendored in
// test/schemas), which is written in JSON Schema draft-04, formats included.
const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04') as new (
  opts: object,
) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
};
const addFormats = require('ajv-formats') as (ajv: object) => void;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8')) as object;
const validate = ajv.compile(schema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations?: Array<{
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number } };
  }>;
  partialFingerprints: Record<string, string>;
  properties?: { endpoint: string; count: number };
}
interface SarifLog {
  version: string;
  runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { text: string } }> } }; results: SarifResult[] }>;
}

function sarif(r: Report, cwd = ROOT): { log: SarifLog; text: string } {
  const text = sarifFormat.render(r, renderDefaults({ lang: 'en', cwd }));
  const log: unknown = JSON.parse(text);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
  return { log: log as SarifLog, text };
}

test('the validator rejects what is not SARIF', () => {
  assert.equal(validate({ version: '2.1.0' }), false);
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
});

test('valid SARIF 2.1.0: a rule per code and diagnostic, a result per code and endpoint', () => {
  const r = loadReport('mixed-sync-run.json');
  const { log } = sarif(r);
  const run = log.runs[0]!;
  const codes = (['http', 'response', 'record'] as const).flatMap((l) => r.levels[l].codes.map((c) => ({ l, c })));
  assert.deepEqual(
    run.tool.driver.rules.map((x) => x.id),
    [...codes.map(({ l, c }) => `${l}/${c.code}`), ...r.diagnostics.map((d) => `diagnostic/${d.id}`)],
  );
  for (const { l, c } of codes) {
    const results = run.results.filter((x) => x.ruleId === `${l}/${c.code}`);
    assert.deepEqual(
      results.map((x) => x.properties?.endpoint),
      c.endpoints.map((e) => e.endpoint),
    );
    assert.deepEqual(
      results.map((x) => x.properties?.count),
      c.endpoints.map((e) => e.count),
    );
    assert.ok(run.tool.driver.rules[results[0]!.ruleIndex]!.help.text.includes(c.remedy));
  }
  assert.ok(validate(sarif(loadReport('clean-run.json')).log));
});

test("locations are the samples' log lines, relative to the working directory; none for files outside it", () => {
  const r = loadReport('mixed-sync-run.json');
  const c = r.levels.record.codes[0]!;
  const first = sarif(r).log.runs[0]!.results.find((x) => x.ruleId === `record/${c.code}`)!;
  const loc = first.locations![0]!.physicalLocation;
  assert.equal(loc.artifactLocation.uri, c.samples[0]!.source.file);
  assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
  assert.equal(loc.region?.startLine, c.samples[0]!.source.line);
  for (const s of c.samples) s.source.file = '/var/log/elsewhere.log';
  for (const i of r.inputs) i.name = '/var/log/elsewhere.log';
  const outside = sarif(r).log.runs[0]!.results.find((x) => x.ruleId === `record/${c.code}`)!;
  assert.equal(outside.locations, undefined);
});

test('fingerprints depend on level, code and endpoint only: stable when counts and samples change', () => {
  const a = loadReport('mixed-sync-run.json');
  const b = loadReport('mixed-sync-run.json');
  for (const c of b.levels.response.codes) {
    c.count *= 2;
    c.samples = c.samples.slice(1);
  }
  const prints = (r: Report) =>
    sarif(r).log.runs[0]!.results.map((x) => `${x.ruleId} ${x.partialFingerprints['marketoErrors/v1']}`);
  assert.deepEqual(prints(a), prints(b));
  assert.equal(new Set(prints(a)).size, prints(a).length, 'one fingerprint per code and endpoint');
});

test('hostile log text stays valid SARIF and inert for a terminal', () => {
  const r = loadReport('mixed-sync-run.json');
  const c = r.levels.http.codes[0]!;
  c.title = 'x \u202e\u0085 "quoted" \\ \n';
  c.samples[0]!.source.file = 'logs/a file,#?.log';
  const { text } = sarif(r);
  assert.ok(!/[\u202e\u0085]/.test(text));
  assert.ok(text.includes('"uri": "logs/a%20file%2C%23%3F.log"'));
});

test('diagnostics, and codes whose samples lie outside the working directory, are located at the log file', () => {
  const r = loadReport('mixed-sync-run.json');
  const c = r.levels.record.codes[0]!;
  for (const s of c.samples) s.source.file = '/var/log/elsewhere.log';
  const results = sarif(r).log.runs[0]!.results;
  const input = r.inputs[0]!.name;
  const fileOnly = (x: SarifResult) => x.locations?.[0]?.physicalLocation;
  for (const d of r.diagnostics) {
    const at = fileOnly(results.find((x) => x.ruleId === `diagnostic/${d.id}`)!);
    assert.deepEqual(at, { artifactLocation: { uri: input, uriBaseId: '%SRCROOT%' } }, d.id);
  }
  assert.deepEqual(fileOnly(results.find((x) => x.ruleId === `record/${c.code}`)!), {
    artifactLocation: { uri: input, uriBaseId: '%SRCROOT%' },
  });
  const stdin = loadReport('mixed-sync-run.json');
  for (const i of stdin.inputs) i.name = '<stdin>';
  for (const d of stdin.diagnostics) {
    assert.equal(
      sarif(stdin).log.runs[0]!.results.find((x) => x.ruleId === `diagnostic/${d.id}`)!.locations,
      undefined,
    );
  }
});
