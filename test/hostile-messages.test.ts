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
