import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { FollowRun } from '../src/follow/follow-run.js';
import { normaliseOptions } from '../src/pipeline/options.js';
import { runAnalysis } from '../src/pipeline/run.js';
import type { Report } from '../src/report/model.js';
import { fixture } from './helpers/run-cli.js';

const tool = { name: 'marketo-errors', version: 'test' };
const options = normaliseOptions({ lang: 'en', jobs: 1 });

function essence(r: Report) {
  const levels = Object.fromEntries(Object.entries(r.levels).map(([l, { codes }]) => [l, codes.map((c) => ({ ...c, samples: [] }))]));
  return { totals: r.totals, levels, notes: r.notes, diagnostics: r.diagnostics.map((d) => d.id) };
}

/** The bytes in pieces of uneven size, cut anywhere (inside lines and characters too). */
function pieces(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0, n = 1; at < bytes.length; at += n, n = (n * 7 + 3) % 997 + 1) out.push(bytes.subarray(at, at + n));
  return out;
}

async function follow(bytes: Buffer): Promise<Report> {
  let ended: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (ended = resolve));
  const run = new FollowRun([{ kind: 'stream', name: '<stdin>', stream: Readable.from(pieces(bytes)) }], { analyze: options, rules: [], pollMs: 60_000 }, {
    finding: () => undefined,
    alert: () => undefined,
    note: (m) => assert.fail(m),
    ended,
  });
  await run.start();
  await done;
  await run.stop();
  return run.analyzer.report({ lang: 'en', tool, filters: {} });
}

const files = [
  fixture('demo', 'nightly-sync.ndjson'),
  ...readdirSync(fixture('ndjson')).filter((f) => f.endsWith('.ndjson')).map((f) => fixture('ndjson', f)),
];

test('following a stream cut into uneven pieces gives the report of analyze, for every NDJSON fixture', async () => {
  for (const file of files) {
    const bytes = readFileSync(file);
    const once = await runAnalysis(['-'], Readable.from([bytes]), options);
    assert.deepEqual(essence(await follow(bytes)), essence(once.report({ lang: 'en', tool, filters: {} })), file);
  }
});
