import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type HelpWords, helpWords } from '../src/commands/help-words.js';
import { FORMATS } from '../src/report/registry.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// --help is read in the language of --lang: commander's own headings, its help
// and version flags and every description come from the words of that language.

const COMMANDS = ['analyze', 'inspect', 'merge', 'diff', 'codes', 'explain', 'help'];

/** Every text of a words table, functions called with a sample value. */
function texts(h: HelpWords): string[] {
  return Object.values(h).flatMap((v): string[] => {
    if (typeof v === 'string') return [v];
    if (typeof v === 'function') return [(v as (x: string) => string)('x')];
    return Object.values(v as Record<string, string>);
  });
}

const wordsOf = (text: string): Set<string> =>
  new Set((text.toLowerCase().match(/[a-zåäöé]{3,}/g) ?? []).filter((w) => !COMMANDS.includes(w)));

/** The words of one language's help: the English help of a format is its spec's own. */
const tableWords = (lang: 'en' | 'sv'): Set<string> =>
  wordsOf([...texts(helpWords(lang)), ...(lang === 'en' ? FORMATS.map((f) => f.help) : [])].join(' '));

/** Words of one language that the other never uses: flags, format names and values as typed are in both. */
function onlyIn(lang: 'en' | 'sv'): Set<string> {
  const theirs = tableWords(lang === 'en' ? 'sv' : 'en');
  return new Set([...tableWords(lang)].filter((w) => !theirs.has(w)));
}

/** What a person reads in a help text: flags (-x, --flag) and the example command lines are typed, not read. */
const readable = (help: string): string =>
  help
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('$ '))
    .join('\n')
    .replace(/(^|[\s(,'`])--?[a-z][\w-]*/gi, '$1');

const HELP_CALLS: string[][] = [
  [],
  ...COMMANDS.filter((c) => c !== 'help').flatMap((c) => [
    [c, '--help'],
    ['help', c],
  ]),
];

for (const lang of ['en', 'sv'] as const) {
  test(`--help of the program and of every command in ${lang} holds none of the other language's words`, async () => {
    const foreign = onlyIn(lang === 'en' ? 'sv' : 'en');
    assert.ok(foreign.size > 100, `${foreign.size} words to look for`);
    for (const call of HELP_CALLS) {
      const args = [...(call.length === 0 ? ['--help'] : call), '--lang', lang];
      const { code, stdout, stderr } = await runCliInProcess(args);
      assert.equal(code, 0, `${args.join(' ')}: ${stderr}`);
      assert.equal(stderr, '');
      const found = [...wordsOf(readable(stdout))].filter((w) => foreign.has(w));
      assert.deepEqual(found, [], `${args.join(' ')} says ${found.join(', ')}`);
    }
  });
}

const WHEREVER = 'in Swedish the headings, placeholders, defaults and commander flags are Swedish, wherever --lang is';
test(WHEREVER, async () => {
  for (const args of [
    ['analyze', '--lang', 'sv', '--help'],
    ['analyze', '--help', '--lang=sv'],
    ['help', 'analyze', '--lang', 'sv'],
  ]) {
    const { code, stdout } = await runCliInProcess(args);
    assert.equal(code, 0);
    assert.match(stdout, /^Användning: marketo-errors analyze \[flaggor\] \[filer\.\.\.\]\n/);
    for (const heading of ['Argument:', 'Flaggor:', 'Exempel:', 'Slutkoder:', 'Format (--format']) {
      assert.match(stdout, new RegExp(`^${heading.replace(/[(]/g, '\\$&')}`, 'm'), heading);
    }
    assert.match(stdout, /-o, --output <fil> +skriv rapporten till en fil/);
    assert.match(stdout, /\(standard: "50000"\)/);
    assert.match(stdout, /-h, --help +visa hjälpen för kommandot/);
    // A repeatable flag's empty list is no default worth showing, in either language.
    assert.doesNotMatch(stdout, /\[\]/);
  }
  const program = await runCliInProcess(['--help', '--lang', 'sv']);
  assert.match(program.stdout, /-V, --version +visa versionsnumret/);
  assert.match(program.stdout, /^Kommandon:\n/m);
  assert.match(program.stdout, /help \[kommando\] +visa hjälpen för ett kommando/);
});

test('without --lang the help is English as before', async () => {
  const { code, stdout } = await runCliInProcess(['merge', '--help']);
  assert.equal(code, 0);
  assert.match(stdout, /^Usage: marketo-errors merge \[options\] \[reports\.\.\.\]\n/);
  assert.match(stdout, /--daily-quota <calls> +the instance's daily API quota \(default: "50000"\)/);
  assert.match(stdout, /^Formats \(--format, or from the -o extension\):\n {2}table/m);
});

test('the Swedish table words the help of every report format', () => {
  const sv = helpWords('sv').formatHelp;
  assert.deepEqual(Object.keys(sv).sort(), FORMATS.map((f) => f.name).sort());
});
