import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// Every fixture that holds a request or response log, analysed at once.
const FILES = [
  ...readdirSync(fixture('ndjson')).map((f) => fixture('ndjson', f)),
  fixture('har', 'chromium-marketo-sync.har'),
  fixture('demo', 'nightly-sync.ndjson'),
];

// The secret values are read from the fixtures themselves: whatever a fixture
// plants, no report may repeat.
const SECRET_PATTERNS = [
  /Bearer ([A-Za-z0-9._:-]{8,})/g,
  /access_token=([A-Za-z0-9._:-]{8,})/g,
  /client_secret=([A-Za-z0-9._:-]{8,})/g,
  /\\?"(?:access_token|client_secret|password|refresh_token)\\?"\s*:\s*\\?"([^"\\]{6,})/g,
  /session=([A-Za-z0-9._-]{8,})/g,
];

function plantedSecrets(): string[] {
  const found = new Set<string>();
  for (const file of FILES) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of SECRET_PATTERNS) for (const m of text.matchAll(pattern)) found.add(m[1]!);
  }
  return [...found];
}

const secrets = plantedSecrets();

test('the fixtures really plant secrets of every kind', () => {
  assert.ok(secrets.length >= 8, `only ${secrets.length} secrets found`);
});

// json (all the report holds) and the table with records go through the worker threads the default --jobs
// starts, one per file; the other formats render the same summary read on this thread (-j 1), 8 s cheaper.
for (const args of [
  ['--format', 'json'],
  ['--format', 'csv', '-j', '1'],
  ['--format', 'csv', '--csv-rows', 'findings'],
  ['--format', 'markdown', '-j', '1'],
  ['--format', 'html', '-j', '1'],
  ['--format', 'table', '--show-records'],
]) {
  test(`no planted secret reaches ${args.join(' ')} output`, async () => {
    const { stdout, stderr } = await runCliInProcess(['analyze', ...FILES, ...args]);
    assert.ok(stdout.length > 1000, 'the report is not empty');
    for (const secret of secrets) {
      assert.ok(!stdout.includes(secret), `${secret} leaked into stdout`);
      assert.ok(!stderr.includes(secret), `${secret} leaked into stderr`);
    }
  });
}
