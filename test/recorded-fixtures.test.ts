import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { normaliseOptions } from '../src/pipeline/options.js';
import { runAnalysis } from '../src/pipeline/run.js';
import { fixture } from './helpers/run-cli.js';

// Fixtures recorded by the real producers against fixtures/tools/mock-marketo.mjs, and platform
// exports written after published examples (fixtures/tools/write-platform-exports.mjs);
// NAME.expected.json is what the mock (or the writer) answered, never what the analyzer read.
const DIRS = ['python', 'platforms'];
// The fake secrets mock-marketo.mjs hands out and the recorders send.
const SECRETS = ['FAKE-client-secret-9f3a1c77', 'FAKE-wrong-secret-00d1e5', '5f2b6c1e-7a4d-4e0b-9c3a-fa4e0000c0de:ab'];

interface Expected {
  marketoCalls: number;
  noResponse: number;
  levels: Record<'http' | 'response' | 'record', Record<string, number>>;
}

for (const dir of DIRS) {
  for (const name of readdirSync(fixture(dir)).filter((f) => f.endsWith('.expected.json'))) {
    const log = name.replace(/\.expected\.json$/, '');
    test(`${dir}/${log}: counts are what the mock answered, with no flag`, async () => {
      const want = JSON.parse(readFileSync(fixture(dir, name), 'utf8')) as Expected;
      const analyzer = await runAnalysis([fixture(dir, log)], new PassThrough(), normaliseOptions({ jobs: 1 }));
      const report = analyzer.report({ lang: 'en', tool: { name: 't', version: '0' }, filters: {} });
      assert.equal(report.totals.marketoCalls, want.marketoCalls, 'calls');
      assert.equal(report.totals.noResponse, want.noResponse, 'calls with no response');
      for (const level of ['http', 'response', 'record'] as const) {
        const got = Object.fromEntries(report.levels[level].codes.map((c) => [c.code, c.count]));
        assert.deepEqual(got, want.levels[level], level);
      }
      const raw = readFileSync(fixture(dir, log), 'utf8');
      const out = JSON.stringify(report);
      const planted = SECRETS.filter((s) => raw.includes(s));
      assert.ok(planted.length > 0, 'the recording carries a fake secret');
      for (const secret of planted) assert.ok(!out.includes(secret), `${secret} leaked`);
    });
  }
}
