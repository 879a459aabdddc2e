import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { analyseRecorded, assertCounts, assertNoSecret } from './helpers/recorded.js';
import { fixture } from './helpers/run-cli.js';

// Fixtures recorded by the real producers against fixtures/tools/mock-marketo.mjs, and platform
// exports written after published examples (fixtures/tools/write-platform-exports.mjs);
// NAME.expected.json is what the mock (or the writer) answered, never what the analyzer read.
// newman/: Postman's CLI (fixtures/tools/record-newman.mjs).
// The node clients' recordings have their own test (node-clients.test.ts).
const DIRS = ['python', 'platforms', 'newman'];

for (const dir of DIRS) {
  for (const name of readdirSync(fixture(dir)).filter((f) => f.endsWith('.expected.json'))) {
    const log = name.replace(/\.expected\.json$/, '');
    test(`${dir}/${log}: counts are what the mock answered, with no flag`, async () => {
      const { report, want } = await analyseRecorded(dir, log);
      assertCounts(report, want);
      assertNoSecret(dir, log, JSON.stringify(report));
    });
  }
}
