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
