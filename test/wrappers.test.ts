import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyseRecorded, assertCounts, FAKE_SECRETS } from './helpers/recorded.js';
import { fixture } from './helpers/run-cli.js';

// Recorded app logs as the platforms that carry them write them (fixtures/tools/wrap-logs.mjs, and journalctl's
// own outputs by fixtures/tools/record-journal.mjs):
// container runtimes, journald, syslog, log stores, serverless hosts, other encodings and line
// ends. NAME.expected.json is the inner recording's: a wrapper must change no count.
for (const name of readdirSync(fixture('wrappers')).filter((f) => f.endsWith('.expected.json'))) {
  const log = name.replace(/\.expected\.json$/, '');
  test(`wrappers/${log}: the same calls and codes as the log inside it, and no secret`, async () => {
    const { report, want } = await analyseRecorded('wrappers', log);
    assertCounts(report, want);
    const bytes = readFileSync(fixture('wrappers', log));
    const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le') : bytes.toString('latin1');
    // journald's JSON writes a MESSAGE that holds control characters (colour) as an array of its bytes.
    const raw = text.replace(/\[\s*(\d{1,3}(?:\s*,\s*\d{1,3})*)\s*\]/g, (_, list: string) =>
      Buffer.from(list.split(',').map(Number)).toString('latin1'),
    );
    const planted = FAKE_SECRETS.filter((s) => raw.includes(s));
    assert.ok(planted.length > 0, 'the wrapped log carries a fake secret');
    const output = JSON.stringify(report);
    for (const secret of planted) assert.ok(!output.includes(secret), `${secret} leaked`);
  });
}
