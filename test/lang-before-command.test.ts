import assert from 'node:assert/strict';
import { test } from 'node:test';
import { langAfterCommand } from '../src/errors/commander-words.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { fixture } from './helpers/run-cli.js';

// The language is one choice for the whole run: before the command it was an unknown option (exit 2).
test('--lang before the command is read as after it', async () => {
  const log = fixture('demo', 'nightly-sync.ndjson');
  for (const args of [
    ['--lang', 'sv', 'analyze', log],
    ['--lang=sv', 'analyze', log],
  ]) {
    const r = await runCliInProcess([...args, '--format', 'markdown']);
    assert.equal(r.code, 0, r.stderr);
    const after = await runCliInProcess(['analyze', log, '--lang', 'sv', '--format', 'markdown']);
    assert.equal(r.stdout, after.stdout);
  }
  const help = await runCliInProcess(['--lang', 'sv', 'analyze', '--help']);
  assert.equal(help.code, 0, help.stderr);
  assert.match(help.stdout, /Användning/);
});

test('only leading --lang flags move, and a lone --lang stays for commander to judge', () => {
  assert.deepEqual(langAfterCommand(['n', 's', '--lang', 'sv', 'codes', '--lang', 'en']), [
    'n',
    's',
    'codes',
    '--lang',
    'sv',
    '--lang',
    'en',
  ]);
  assert.deepEqual(langAfterCommand(['n', 's', 'analyze', 'x.log']), ['n', 's', 'analyze', 'x.log']);
  assert.deepEqual(langAfterCommand(['n', 's', '--lang', 'sv']), ['n', 's', '--lang', 'sv']);
});
