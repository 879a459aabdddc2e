import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCliInProcess } from './helpers/cli-in-process.js';

// Issue #9: every error a user reads is English by default and Swedish with --lang sv,
// with the same exit code either way.

const dir = mkdtempSync(path.join(tmpdir(), 'marketo-errors-sv-'));
const notJson = path.join(dir, 'not-a-report.json');
writeFileSync(notJson, 'this is not JSON\n');
const notReport = path.join(dir, 'not-a-report-either.json');
writeFileSync(notReport, '{"hello": 1}\n');
const missing = path.join(dir, 'missing.log');
const cutGzip = path.join(dir, 'cut.log.gz');
const gzip = gzipSync(Buffer.from('{"a":1}\n'.repeat(2000)));
writeFileSync(cutGzip, gzip.subarray(0, gzip.length - 20));

interface Case {
  kind: string;
  args: string[];
  exit: number;
  en: RegExp;
  sv: RegExp;
}

const CASES: Case[] = [
  {
    kind: 'bad --format',
    args: ['analyze', '--format', 'bogus', missing],
    exit: 2,
    en: /--format takes table, json, .* or ndjson, not "bogus"/,
    sv: /--format tar table, json, .* eller ndjson, inte "bogus"/,
  },
  {
    kind: 'missing file',
    args: ['analyze', '--format', 'json', missing],
    exit: 3,
    en: /missing\.log: no such file/,
    sv: /missing\.log: filen finns inte/,
  },
  {
    kind: 'unknown option',
    args: ['analyze', '--bogus'],
    exit: 2,
    en: /error: unknown option '--bogus'\n\(run with --help for usage\)/,
    sv: /fel: okänd flagga '--bogus'\n\(kör med --help för hjälp\)/,
  },
  {
    kind: 'truncated gzip',
    args: ['analyze', '--format', 'json', cutGzip],
    exit: 3,
    en: /cut\.log\.gz(:\d+)?: the gzip data is cut short or damaged; the report covers what came before/,
    sv: /cut\.log\.gz(:\d+)?: gzip-datan är avkortad eller skadad; rapporten täcker det som kom före/,
  },
  {
    kind: 'bad --since',
    args: ['analyze', '--since', 'yesterday', missing],
    exit: 2,
    en: /--since takes an ISO date or time .*, not "yesterday"/,
    sv: /--since tar ett ISO-datum .*, inte "yesterday"/,
  },
  {
    kind: 'unknown code for explain',
    args: ['explain', '99999'],
    exit: 2,
    en: /unknown code "99999"/,
    sv: /okänd kod "99999"/,
  },
  {
    kind: 'bad report for merge',
    args: ['merge', notJson],
    exit: 2,
    en: /cannot merge .*not-a-report\.json: it is not JSON/,
    sv: /merge kan inte läsa .*not-a-report\.json: det är inte JSON/,
  },
  {
    kind: 'JSON that is no report for merge',
    args: ['merge', notReport],
    exit: 2,
    en: /cannot merge .*either\.json: it is not a marketo-errors JSON report/,
    sv: /merge kan inte läsa .*either\.json: det är ingen JSON-rapport från marketo-errors/,
  },
  {
    kind: 'unknown command',
    args: ['anlyze'],
    exit: 2,
    en: /error: unknown command 'anlyze'/,
    sv: /fel: okänt kommando 'anlyze'\n\(menade du analyze\?\)/,
  },
  {
    kind: 'too many arguments',
    args: ['diff', 'a', 'b', 'c'],
    exit: 2,
    en: /too many arguments for 'diff'/,
    sv: /fel: för många argument till 'diff': väntade 2 men fick 3/,
  },
];

for (const c of CASES) {
  test(`${c.kind}: English by default, exit ${c.exit}`, async () => {
    const { code, stderr } = await runCliInProcess(c.args);
    assert.equal(code, c.exit, stderr);
    assert.match(stderr, c.en);
    assert.doesNotMatch(stderr, c.sv);
  });
  for (const lang of [['--lang', 'sv'], ['--lang=sv']]) {
    test(`${c.kind}: Swedish with ${lang.join(' ')}, the same exit ${c.exit}`, async () => {
      const { code, stderr } = await runCliInProcess([c.args[0]!, ...lang, ...c.args.slice(1)]);
      assert.equal(code, c.exit, stderr);
      assert.match(stderr, c.sv);
      assert.doesNotMatch(stderr, c.en);
    });
  }
}
