import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { reasonsEn, reasonsSv, type ShapeActual, type ShapeExpected } from '../src/errors/reason-words.js';
import { msg, renderMessage, type Message } from '../src/errors/words.js';
import { checkReport } from '../src/aggregate/report-schema.js';
import { parseAlertRule } from '../src/follow/alert-rules.js';
import { HarScanner } from '../src/input/har/scanner.js';
import { JsonValueSplitter } from '../src/input/json-values.js';
import { parseFieldMap } from '../src/normalise/field-map.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { fixture } from './helpers/run-cli.js';

// The details after "cannot ...": why a HAR or JSON input stopped, why a --field or --alert
// does not parse, what is wrong in a report given to merge. With --lang sv none of their
// English words is left; values stay as typed, and the exit code is the same.

/** Tokens that are the same in both languages: formats, JSON words, field names. */
const SHARED = new Set(['json', 'har', 'log', 'entries', 'null', 'true', 'false', 'byte', 'bom', 'alert', 'field']);
SHARED.add('schemaversion').add('marketo').add('errors').add('iso').add('start').add('end').add('size');
SHARED.add('line').add('reason').add('url').add('status').add('time').add('method');
// Names of tools and settings, the same in every language.
SHARED.add('node').add('debug').add('axios').add('got').add('pino').add('http').add('follow').add('redirects');

/** The English words of `en` still in `sv`, leaving out words of the values as typed. */
function englishLeft(en: string, sv: string, typed: string[] = []): string[] {
  const words = (s: string) => s.toLowerCase().match(/[a-zåäö]{3,}/g) ?? [];
  const keep = new Set([...typed.flatMap(words), ...SHARED]);
  const inSv = new Set(words(sv));
  return [...new Set(words(en))].filter((w) => !keep.has(w) && inSv.has(w));
}

// One example per id; the type makes a new id without an example fail to compile.
const EXAMPLES: { [K in keyof typeof reasonsEn]: Parameters<(typeof reasonsEn)[K]>[0] } = {
  jsonValueCut: undefined,
  jsonArrayOpen: undefined,
  harEmpty: undefined,
  harEndsInEntry: { entry: 9 },
  harEndsInEntries: undefined,
  harEndsBeforeClose: undefined,
  harNoEntries: undefined,
  harBrokenBom: undefined,
  harWithoutLog: undefined,
  nodeDebugOnly: undefined,
  jsonUnexpected: { byte: "'n'", expected: 'end' },
  harUnexpectedInEntries: { byte: 'byte 0x1f', expected: 'commaOrBracket' },
  jsonBracketMismatch: { byte: "']'" },
  fieldEmptySegment: { path: 'a..b' },
  fieldTrailingDot: { path: 'a.' },
  fieldUnreadable: { path: 'a[x', rest: '[x' },
  fieldEmptyPath: undefined,
  fieldNoEquals: { spec: 'bad' },
  fieldUnknown: { name: 'colour', known: 'url, method' },
  fieldTwice: { name: 'url' },
  alertNotRule: { spec: 'rate>>9' },
  reportShape: { path: 'totals.exchanges', actual: { kind: 'string' }, expected: { nullOr: 'count' } },
};

test('every reason has Swedish words: no English word of it is left, values stay as typed', () => {
  for (const [id, params] of Object.entries(EXAMPLES)) {
    const message = { id, params: params ?? {} } as Message;
    const en = renderMessage(message, 'en');
    const sv = renderMessage(message, 'sv');
    assert.notEqual(sv, en, id);
    // Values as typed; `expected` is an id of words, not a value.
    const typed = Object.entries(params ?? {})
      .filter(([key, v]) => key !== 'expected' && typeof v === 'string')
      .map(([, v]) => v as string);
    assert.deepEqual(englishLeft(en, sv, typed), [], `${id}: ${sv}`);
    for (const value of typed) assert.ok(sv.includes(value), `${id} keeps ${value}`);
  }
  assert.deepEqual(Object.keys(reasonsSv).sort(), Object.keys(reasonsEn).sort());
});

test('report shapes in both languages: every kind of value and of expectation', () => {
  const shape = (actual: ShapeActual, expected?: ShapeExpected) => msg('reportShape', { path: 'p', actual, expected });
  const cases: Array<[Message, string, string]> = [
    [shape({ kind: 'missing' }, 'count'), 'p is missing', 'p saknas'],
    [shape({ kind: 'number', value: -4 }, 'count'), 'p is the number -4, not a count', 'p är talet -4, inte ett antal'],
    [shape({ kind: 'object' }, { oneOf: '"a", "b"' }), 'p is an object, not one of "a", "b"', 'inte en av "a", "b"'],
    [shape({ kind: 'null' }, { literal: '"response"' }), 'p is null, not "response"', 'p är null, inte "response"'],
    [shape({ kind: 'array' }, { nullOr: 'isoTime' }), 'not null or an ISO time', 'inte null eller en ISO-tid'],
    [shape({ kind: 'notAReport' }), 'p is not a marketo-errors JSON report', 'p är ingen JSON-rapport'],
  ];
  for (const [message, en, sv] of cases) {
    assert.ok(renderMessage(message, 'en').includes(en), renderMessage(message, 'en'));
    assert.ok(renderMessage(message, 'sv').includes(sv), renderMessage(message, 'sv'));
    assert.deepEqual(englishLeft(renderMessage(message, 'en'), renderMessage(message, 'sv'), ['"response"']), []);
  }
});

test('the readers and parsers give message ids, not sentences', () => {
  const idOf = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (error) {
      return (error as { words?: Message }).words?.id;
    }
    return undefined;
  };
  const throwers: Array<[() => unknown, string]> = [
    [() => parseFieldMap(['url']), 'fieldNoEquals'],
    [() => parseFieldMap(['colour=a']), 'fieldUnknown'],
    [() => parseFieldMap(['url=a', 'url=b']), 'fieldTwice'],
    [() => parseFieldMap(['url=a.']), 'fieldTrailingDot'],
    [() => parseAlertRule('rate>>9'), 'alertNotRule'],
    [() => checkReport({ schemaVersion: 1 }), 'reportShape'],
  ];
  for (const [f, id] of throwers) assert.equal(idOf(f), id, String(f));
  const har = (text: string) => {
    const scanner = new HarScanner();
    scanner.push(Buffer.from(text));
    const end = scanner.end();
    return end.ok ? undefined : [end.reason, end.detail.id];
  };
  assert.deepEqual(har('{"log":{"entries":[{"request":'), ['truncated', 'harEndsInEntry']);
  assert.deepEqual(har(''), ['truncated', 'harEmpty']);
  assert.deepEqual(har('{"log":{"entries":[]}} x'), ['invalid', 'jsonUnexpected']);
  assert.deepEqual(har('{"a":1}'), ['no-entries-array', 'harNoEntries']);
  const json = new JsonValueSplitter(1 << 20);
  json.push(Buffer.from('[{"a":1},\n{"b":'));
  assert.equal(json.end().truncated?.reason.id, 'jsonValueCut');
});

const dir = mkdtempSync(path.join(tmpdir(), 'me-reasons-sv-'));
const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const cutJson = write('cut.json', '[{"url":"https://1-A-2.mktorest.com/rest/v1/leads.json","status":200},\n{"b":');
const notHar = write('not-a-har.log', '{"a":1}\nnot json\n');
const report = JSON.parse(readFileSync(fixture('reports', 'clean-run.json'), 'utf8'));
report.totals.exchanges = 'many';
const badReport = write('bad-report.json', JSON.stringify(report));

interface Case {
  kind: string;
  args: string[];
  exit: number;
  /** The detail as said in each language; `typed`: values in it that stay as given. */
  en: string;
  sv: string;
  typed?: string[];
}
const CASES: Case[] = [
  {
    kind: 'a HAR cut inside an entry',
    args: ['analyze', '--format', 'json', fixture('har', 'truncated-mid-entry.har')],
    exit: 3,
    en: 'truncated: the input ends inside entry 9, which starts here',
    sv: 'avkortad: indata tar slut inne i post 9, som börjar här',
  },
  {
    kind: 'a log read as HAR that is none',
    args: ['analyze', '--format', 'json', '--input-format', 'har', notHar],
    exit: 3,
    en: "invalid: 'n' where the end of input was expected",
    sv: "ogiltig: 'n' där slutet på indata väntades",
  },
  {
    kind: 'a JSON array cut inside a value',
    args: ['analyze', '--format', 'json', '--input-format', 'json', cutJson],
    exit: 3,
    en: 'the input ends inside a JSON value that starts here',
    sv: 'indata tar slut inne i ett JSON-värde som börjar här',
  },
  {
    kind: 'a --field without =',
    args: ['analyze', '--field', 'responseBody', cutJson],
    exit: 2,
    en: '--field responseBody: expected name=path, got "responseBody"',
    sv: '--field responseBody: väntade namn=sökväg, fick "responseBody"',
    typed: ['responseBody'],
  },
  {
    kind: 'a --field path with an empty segment',
    args: ['inspect', '--field', 'url=req..url', cutJson],
    exit: 2,
    en: 'empty segment in path "req..url"',
    sv: 'tomt led i sökvägen "req..url"',
    typed: ['req..url'],
  },
  {
    kind: 'an --alert that is no rule',
    args: ['analyze', '-F', cutJson, '--alert', 'rate>>9'],
    exit: 2,
    en: '--alert rate>>9: not a rule',
    sv: '--alert rate>>9: ingen regel',
  },
  {
    kind: 'a HAR given to --follow',
    args: ['analyze', '-F', fixture('har', 'chromium-marketo-sync.har')],
    exit: 2,
    en: 'a HAR file cannot be followed; run analyze without --follow on it',
    sv: 'en HAR-fil kan inte följas; kör analyze utan --follow på den',
    typed: ['--follow'],
  },
  {
    kind: 'a report to merge with a count that is a string',
    args: ['merge', badReport],
    exit: 2,
    en: 'totals.exchanges is a string, not a count (a whole number, 0 or more)',
    sv: 'totals.exchanges är en sträng, inte ett antal (ett heltal, 0 eller mer)',
    typed: ['totals.exchanges'],
  },
];

for (const c of CASES) {
  test(`${c.kind}: said in English, and in Swedish with --lang sv, exit ${c.exit} both`, async () => {
    const en = await runCliInProcess(c.args);
    assert.equal(en.code, c.exit, en.stderr);
    assert.ok(en.stderr.includes(c.en), en.stderr);
    const sv = await runCliInProcess([...c.args, '--lang', 'sv']);
    assert.equal(sv.code, c.exit, sv.stderr);
    assert.ok(sv.stderr.includes(c.sv), sv.stderr);
    // File names, flags and values are said as typed: only the words around them are checked.
    assert.deepEqual(englishLeft(c.en, sv.stderr, [...c.args, ...(c.typed ?? [])]), [], sv.stderr);
  });
}

test('the report says why a HAR stopped in its own language; the English report as before', async () => {
  const har = fixture('har', 'truncated-mid-entry.har');
  const reasonIn = async (lang: string) => {
    const r = await runCliInProcess(['analyze', har, '--format', 'json', '--lang', lang, '--quiet']);
    return (JSON.parse(r.stdout) as { inputs: Array<{ truncated: { line: number; reason: string } }> }).inputs[0]!;
  };
  assert.deepEqual((await reasonIn('en')).truncated, { line: 1, reason: CASES[0]!.en });
  assert.deepEqual((await reasonIn('sv')).truncated, { line: 1, reason: CASES[0]!.sv });
  const table = await runCliInProcess(['analyze', har, '--format', 'markdown', '--lang', 'sv', '--quiet']);
  assert.ok(table.stdout.includes(`avbröts på rad 1: ${CASES[0]!.sv}`), table.stdout);
});
