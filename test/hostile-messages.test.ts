import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCliInProcess } from './helpers/cli-in-process.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hostile-messages-'));

// Found attacking the tool: a JSON file given as HAR told why it stopped with the failure's code
// ("no-entries-array: no ...") in English, where Swedish had words.
test('a HAR that stops names why in words in both languages, never as a code', async () => {
  const file = path.join(dir, 'export.har');
  writeFileSync(file, '{"log":{"entries":{}}}\n');
  for (const lang of ['en', 'sv']) {
    const r = await runCliInProcess(['analyze', file, '--format', 'json', '--lang', lang]);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, lang === 'en' ? /export\.har:1: no entries list: / : /export\.har:1: ingen entries-lista: /);
    assert.doesNotMatch(r.stderr, /no-entries-array/);
  }
});

// inspect prints key names: a key that spelled a secret behind an escape or a control kept it there.
test('inspect shows no secret written into a key name, escaped or split by a control', async () => {
  const file = path.join(dir, 'keys.ndjson');
  const keys = [
    '%61ccess_token=KEY01sec',
    'pass\u0000word=KEY02sec',
    'x-api-key%3A%20KEY03sec',
    'client\u001b[0m_secret=KEY04',
  ];
  writeFileSync(file, `${keys.map((k) => JSON.stringify({ [k]: 'v', z: 1 })).join('\n')}\n`);
  for (const format of ['table', 'json']) {
    const r = await runCliInProcess(['inspect', file, '--format', format]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\[REDACTED\]/);
    assert.deepEqual(r.stdout.match(/KEY0\d/g), null, format);
  }
});

// Found attacking the tool: `analyze app.log -o app.log` read the log, then wrote the report over it
// (exit 0): the user's log was gone. Likewise --state, and merge -o onto one of its reports.
test('an output file that is one of the inputs is a usage error, and the input is left as it was', async () => {
  const { readFileSync, symlinkSync } = await import('node:fs');
  const log = path.join(dir, 'same.ndjson');
  const text = `${JSON.stringify({ url: 'https://a.mktorest.com/rest/v1/leads.json', status: 413 })}\n`;
  writeFileSync(log, text);
  const link = path.join(dir, 'link.ndjson');
  symlinkSync(log, link);
  const relative = path.relative(process.cwd(), log);
  for (const [args, lang] of [
    [['analyze', log, '-o', log], 'en'],
    [['analyze', log, '-o', link], 'sv'],
    [['analyze', link, '-o', relative, '--format', 'json'], 'en'],
    [['analyze', log, '-F', '--state', log], 'en'],
  ] as const) {
    const r = await runCliInProcess([...args, '--lang', lang]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, lang === 'en' ? /is one of the inputs/ : /är en av indatafilerna/);
    assert.equal(readFileSync(log, 'utf8'), text, 'the log is untouched');
  }
  const report = path.join(dir, 'part.json');
  await runCliInProcess(['analyze', log, '--format', 'json', '-o', report]);
  const before = readFileSync(report, 'utf8');
  // A second part in the folder: merged, the two differ from either.
  const other = path.join(dir, 'other.ndjson');
  writeFileSync(other, text.replace('413', '414'));
  await runCliInProcess(['analyze', other, '--format', 'json', '-o', path.join(dir, 'part2.json')]);
  for (const source of [report, dir]) {
    const merged = await runCliInProcess(['merge', source, '-o', report]);
    assert.equal(merged.code, 2, merged.stderr);
    assert.match(merged.stderr, /is one of the inputs/);
    assert.equal(readFileSync(report, 'utf8'), before);
  }
});
