import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { analyseRecorded, assertCounts, assertNoSecret } from './helpers/recorded.js';
import { fixture } from './helpers/run-cli.js';

// Recorded app logs as the platforms that carry them write them (fixtures/tools/wrap-logs.mjs):
// container runtimes, journald, syslog, log stores, serverless hosts, other encodings and line
// ends. NAME.expected.json is the inner recording's: a wrapper must change no count.
for (const name of readdirSync(fixture('wrappers')).filter((f) => f.endsWith('.expected.json'))) {
  const log = name.replace(/\.expected\.json$/, '');
  test(`wrappers/${log}: the same calls and codes as the log inside it`, async () => {
    const { report, want } = await analyseRecorded('wrappers', log);
    assertCounts(report, want);
    assertNoSecret('wrappers', log, JSON.stringify(report));
  });
}
