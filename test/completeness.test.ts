import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { exitCodeFor } from '../src/commands/io.js';
import { EXIT } from '../src/errors.js';
import { normaliseOptions } from '../src/pipeline/options.js';
import { runAnalysis } from '../src/pipeline/run.js';
import { fixture } from './helpers/run-cli.js';

// A report that silently misses part of its input is worse than none: a line
// skipped for its size, or a file cut while it is read, makes it incomplete.

const FLAT = readFileSync(fixture('ndjson', 'flat-client.ndjson'), 'utf8');
const TOOL = { lang: 'en' as const, tool: { name: 't', version: '0' }, filters: {} };

function tmp(name: string, text: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'me-complete-')), name);
  writeFileSync(file, text);
  return file;
}

test('a line over the line cap is skipped, named, and makes the report incomplete (exit 3)', async () => {
  const lines = FLAT.trim().split('\n');
  const long = JSON.stringify({ msg: 'x'.repeat(5000) });
  const file = tmp('long.ndjson', [lines[0], long, ...lines.slice(1)].join('\n') + '\n');
  const problems: string[] = [];
  const analyzer = await runAnalysis([file], Readable.from([]), normaliseOptions({ maxLineBytes: 4096, jobs: 1 }), {
    onInputProblem: (_name, message) => problems.push(message),
  });
  const report = analyzer.report(TOOL);
  assert.deepEqual(report.inputs[0]!.oversized, [{ line: 2, bytes: long.length }]);
  assert.equal(report.complete, false);
  assert.equal(exitCodeFor(report, undefined), EXIT.incomplete);
  assert.ok(report.totals.exchanges > 0, 'the other lines are still analysed');
});

test('a file cut short while it is read (logrotate copytruncate) is incomplete and says so', async () => {
  const lines = FLAT.trim().split('\n');
  // Several reads' worth, so that the cut happens mid-file.
  const text = Array.from({ length: 40_000 }, (_, i) => lines[i % lines.length]).join('\n') + '\n';
  assert.ok(text.length > 4 << 20);
  const file = tmp('rotated.ndjson', text);
  const problems: string[] = [];
  let cut = false;
  const analyzer = await runAnalysis([file], Readable.from([]), normaliseOptions({ jobs: 1 }), {
    onProgress: () => {
      if (!cut) truncateSync(file, 0);
      cut = true;
    },
    onInputProblem: (_name, message) => problems.push(message),
  });
  const report = analyzer.report(TOOL);
  assert.equal(report.complete, false);
  const truncated = report.inputs[0]!.truncated;
  assert.ok(truncated !== false);
  assert.match(truncated.reason, /shrank while it was read/);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /shrank while it was read/);
  assert.equal(exitCodeFor(report, undefined), EXIT.incomplete);
});

test('a file that grows while it is read (a live log) is complete', async () => {
  const file = tmp('live.ndjson', FLAT.repeat(2000));
  let grown = false;
  const analyzer = await runAnalysis([file], Readable.from([]), normaliseOptions({ jobs: 1 }), {
    onProgress: () => {
      if (!grown) writeFileSync(file, FLAT, { flag: 'a' });
      grown = true;
    },
  });
  assert.equal(analyzer.report(TOOL).complete, true);
});

test('a file truncated only after it was read to its end is complete', async () => {
  const file = tmp('read.ndjson', FLAT);
  const analyzer = await runAnalysis([file], Readable.from([]), normaliseOptions({ jobs: 1 }), {
    onProgress: () => truncateSync(file, 0),
  });
  assert.equal(analyzer.report(TOOL).complete, true);
});
