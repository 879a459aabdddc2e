import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { openInput } from '../src/input/source.js';
import { Analyzer } from '../src/pipeline/analyzer.js';
import { reportOf } from '../src/pipeline/merge.js';
import { normaliseOptions, type AnalyzeOptions } from '../src/pipeline/options.js';
import { readInBlocks } from '../src/pipeline/read-in-blocks.js';
import { runAnalysis } from '../src/pipeline/run.js';
import { shareThreads, sharesOf, type Share } from '../src/pipeline/share.js';
import { analyzeInShares, mergeShares, readShare } from '../src/pipeline/shares.js';
import { partToJSON } from '../src/pipeline/worker-protocol.js';
import { pinoCopies, sameAsOnePass } from './helpers/parts.js';
import { fixture } from './helpers/run-cli.js';

const ctx = (o: AnalyzeOptions) => ({
  lang: 'en' as const,
  tool: { name: 't', version: '0' },
  filters: {},
  dailyQuota: o.dailyQuota,
});
const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'me-shares-'));

/** Shares cut at the given decoded offsets, each read on this thread from the file's start, merged. */
async function inShares(file: string, format: 'har' | 'ndjson', cuts: number[], options: AnalyzeOptions) {
  const bounds = [0, ...cuts, Number.POSITIVE_INFINITY];
  const parts = [];
  let size = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const share: Share = { from: bounds[k]!, to: bounds[k + 1]! };
    const opened = await openInput(file, Readable.from([]));
    const analyzer = new Analyzer(options);
    const end = await readShare(format)(analyzer, opened, share, () => undefined);
    opened.close();
    size = Math.max(size, end.size);
    parts.push(partToJSON(analyzer.part()));
  }
  const { part } = mergeShares(parts, size);
  return reportOf(withBytesRead(part, file), ctx(options));
}

/** run.ts gives the input the bytes read from the file (compressed, for gzip), as a single pass counts them. */
function withBytesRead<P extends { summary: { inputs: Array<{ bytes: number }> } }>(part: P, file: string): P {
  for (const input of part.summary.inputs) input.bytes = readFileSync(file).length;
  return part;
}

async function onePass(file: string, options: AnalyzeOptions) {
  return (await runAnalysis([file], Readable.from([]), options)).report(ctx(options));
}

// pino's request and response lines, logged apart: about 1 MB, gzipped.
function pinoLog(dir: string): string {
  const file = path.join(dir, 'pino.ndjson.gz');
  writeFileSync(file, gzipSync(pinoCopies(1 << 20)));
  return file;
}

// Chromium's recording with its entries repeated (each copy a minute later), written as Chromium writes it.
function longHar(dir: string, copies: number): string {
  const har = JSON.parse(readFileSync(fixture('har', 'chromium-marketo-sync.har'), 'utf8'));
  const entries = har.log.entries as Array<{ startedDateTime: string }>;
  har.log.entries = Array.from({ length: copies }, (_, i) =>
    entries.map((e) => ({ ...e, startedDateTime: new Date(Date.parse(e.startedDateTime) + i * 60_000).toISOString() })),
  ).flat();
  const file = path.join(dir, 'long.har');
  writeFileSync(file, JSON.stringify(har, null, 2));
  return file;
}

test('a gzip in shares counts as one pass: cuts between requests and responses, mid-line and not', async () => {
  const file = pinoLog(tmp());
  const options = normaliseOptions({ jobs: 1 });
  const one = await onePass(file, options);
  assert.ok((one as unknown as { totals: { exchanges: number } }).totals.exchanges > 500);
  // Offsets in the middle of lines, at the first bytes, and shares too short to hold a line start of their own.
  sameAsOnePass(await inShares(file, 'ndjson', [1, 4096, 300_000, 300_001, 300_002, 700_123], options), one);
});

test('a HAR in shares counts as one pass, entries over the size cap and samples included', async () => {
  const file = longHar(tmp(), 20);
  const options = normaliseOptions({ jobs: 1, maxLineBytes: 6000 });
  const one = await onePass(file, options);
  const size = readFileSync(file).length;
  const inputs = (one as unknown as { inputs: Array<{ oversized: unknown[]; exchanges: number }> }).inputs;
  assert.ok(inputs[0]!.oversized.length > 5 && inputs[0]!.exchanges > 100, 'entries both kept and skipped');
  const cuts = [1, 2, 1000, size / 3, size / 2, size / 2 + 10, size - 100].map(Math.floor);
  sameAsOnePass(await inShares(file, 'har', cuts, options), one);
});

test('retries across the cuts of a HAR in shares are seen: entries before a share seed its diagnostics', async () => {
  // Chromium's 413 and 414 are sent again in every copy, a minute later: unchanged retries of hopeless calls.
  const file = longHar(tmp(), 20);
  const options = normaliseOptions({ jobs: 1 });
  const size = readFileSync(file).length;
  const one = await onePass(file, options);
  const retries = (r: unknown) =>
    (r as { diagnostics: Array<{ id: string; evidence: { pointlessRetries?: number } }> }).diagnostics.find(
      (d) => d.id === 'retry-pointless',
    )?.evidence.pointlessRetries;
  assert.equal(retries(one), 38);
  const shares = await inShares(
    file,
    'har',
    [size / 5, (size * 2) / 5, size / 2, (size * 4) / 5].map(Math.floor),
    options,
  );
  sameAsOnePass(shares, one);
  assert.equal(retries(shares), 38);
});

test('a HAR cut short mid-entry: the shares before and after the cut add up to one pass', async () => {
  const file = fixture('har', 'truncated-mid-entry.har');
  const options = normaliseOptions({ jobs: 1 });
  const size = readFileSync(file).length;
  const one = await onePass(file, options);
  const shares = await inShares(file, 'har', [size / 4, size / 2, size - 10].map(Math.floor), options);
  // The last share tells how the HAR ended; run.ts marks the input with it (one pass: from the scanner).
  const { truncated, ...input } = (one as unknown as { inputs: Array<{ truncated: unknown }> }).inputs[0]!;
  assert.ok(truncated);
  const { truncated: none, ...sharesInput } = (shares as unknown as { inputs: Array<{ truncated: unknown }> })
    .inputs[0]!;
  assert.equal(none, false);
  assert.deepEqual(sharesInput, input);
});

test("three threads on a gzip and on a HAR: the workers' shares merged with this thread's", async () => {
  const dir = tmp();
  for (const [file, format] of [
    [pinoLog(dir), 'ndjson'],
    [longHar(dir, 10), 'har'],
  ] as const) {
    const options = normaliseOptions({ jobs: 3 });
    const opened = await openInput(file, Readable.from([]));
    const { part } = await analyzeInShares(file, opened, format, 3, options, () => undefined);
    sameAsOnePass(
      reportOf(withBytesRead(part, file), ctx(options)),
      await onePass(file, normaliseOptions({ jobs: 1 })),
    );
  }
});

/** The report and the problems said of `file` read in shares by run.ts's step (any size), and by one pass. */
async function throughRun(file: string, format: 'har' | 'ndjson') {
  // Three: a large gzip file takes shares from three threads (two already inflate and read it).
  const options = normaliseOptions({ jobs: 3 });
  const said: string[][] = [];
  const hooks = { onInputProblem: (name: string, message: string) => said.push([name, message]) };
  const analyzer = new Analyzer(options);
  const opened = await openInput(file, Readable.from([]));
  // Any size, and three cores whatever the machine running the test.
  assert.equal(await readInBlocks(analyzer, file, opened, format, options, hooks, 0, 3), true);
  const one: string[][] = [];
  const single = await runAnalysis([file], Readable.from([]), normaliseOptions({ jobs: 1 }), {
    onInputProblem: (name, message) => one.push([name, message]),
  });
  return { shares: analyzer.report(ctx(options)), one: single.report(ctx(options)), said, oneSaid: one };
}

test('run.ts reads a HAR cut short and a damaged gzip in shares as one pass does: report, problem, line', async () => {
  const gz = gzipSync(pinoCopies(1 << 20));
  const damaged = path.join(tmp(), 'damaged.ndjson.gz');
  writeFileSync(damaged, gz.subarray(0, Math.floor(gz.length * 0.7)));
  for (const [file, format] of [
    [fixture('har', 'truncated-mid-entry.har'), 'har'],
    [damaged, 'ndjson'],
  ] as const) {
    const { shares, one, said, oneSaid } = await throughRun(file, format);
    assert.equal(said.length, 1);
    assert.deepEqual(said, oneSaid);
    assert.ok((one as unknown as { inputs: Array<{ truncated: unknown }> }).inputs[0]!.truncated);
    sameAsOnePass(shares, one);
  }
});

test('shares: only when --jobs asks, one per core at most, the last share the smaller', () => {
  // Not by default, even on an idle machine: shares did not pay there either (bench/README.md).
  assert.equal(shareThreads(8, true, 2), 1);
  assert.equal(shareThreads(1, true, 4), 1);
  assert.equal(shareThreads(2, true, 2), 1);
  assert.equal(shareThreads(4, true, 8), 1);
  // --jobs given: the threads asked for, up to the cores.
  assert.equal(shareThreads(2, false, 2), 2);
  assert.equal(shareThreads(4, false, 2), 2);
  assert.equal(normaliseOptions({}).jobsAuto, true);
  assert.equal(normaliseOptions({ jobs: 2 }).jobsAuto, undefined);
  const shares = sharesOf(1000, 3);
  assert.deepEqual(
    shares.map((s) => s.from),
    [0, 357, 714],
  );
  assert.equal(shares[2]!.to, Number.POSITIVE_INFINITY);
  assert.ok(shares[1]!.to - shares[1]!.from > 1000 - shares[2]!.from);
});

test('a gzip or HAR file takes shares from three threads, not two (it has a reading thread then)', async () => {
  const dir = tmp();
  for (const [file, format] of [
    [pinoLog(dir), 'ndjson'],
    [longHar(dir, 10), 'har'],
  ] as const) {
    for (const jobs of [2, 3]) {
      const options = normaliseOptions({ jobs });
      const opened = await openInput(file, Readable.from([]));
      const analyzer = new Analyzer(options);
      assert.equal(await readInBlocks(analyzer, file, opened, format, options, {}, 0, jobs), jobs === 3, file);
      opened.close();
    }
  }
});
