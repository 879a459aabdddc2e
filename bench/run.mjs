#!/usr/bin/env node
// Benchmark: marketo-errors against a hand-tuned Node loop, jq and stream-json
// on large generated logs. Checks every contender's counts against the
// generator's FILE.expected.json and writes bench/results.json.
//   node bench/run.mjs [--size 1GB] [--only ndjson|har] [--skip-generate] [--jobs 2,4] [--runs 1] [--seed 42] [--max-records 300]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION, generate } from './generate.mjs';
import { parseSize, formatSize } from './lib/size.mjs';
import { measure, hasGnuTime } from './lib/measure.mjs';
import { compareCounts } from './lib/compare-counts.mjs';
import { contenders, BASELINES } from './lib/contenders.mjs';
import { resultsTable } from './lib/results-table.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1 << 20;

const { values: opts } = parseArgs({
  options: {
    size: { type: 'string', default: '1GB' },
    seed: { type: 'string', default: '42' },
    only: { type: 'string' },
    'skip-generate': { type: 'boolean', default: false },
    jobs: { type: 'string', default: '2' },
    runs: { type: 'string', default: '1' },
    'max-records': { type: 'string', default: '300' },
  },
});
const size = parseSize(opts.size);
const seed = Number(opts.seed);
const runs = Math.max(1, Number(opts.runs));
const maxRecords = Number(opts['max-records']);
// Small batches: a corpus of short lines, named apart from the default one.
const variant = maxRecords === 300 ? '' : `-r${maxRecords}`;
const jobsList = opts.jobs
  ? opts.jobs
      .split(',')
      .map(Number)
      .filter((n) => n > 0)
  : [];
const formats = opts.only ? [opts.only] : ['ndjson', 'har'];
if (formats.some((f) => f !== 'ndjson' && f !== 'har')) throw new Error('--only must be ndjson or har');

/** Returns the input's path, generating it (and its expected counts) when missing. */
async function ensureInput(format) {
  const file = path.join('bench', 'data', `marketo-${seed}-${formatSize(size)}${variant}.${format}`);
  const abs = path.join(ROOT, file);
  const expectedPath = `${abs}.expected.json`;
  let cached = false;
  if (fs.existsSync(abs) && fs.existsSync(expectedPath)) {
    const e = JSON.parse(fs.readFileSync(expectedPath, 'utf8'));
    cached = e.generator?.version === GENERATOR_VERSION && e.bytes === fs.statSync(abs).size;
  }
  if (!cached) {
    if (opts['skip-generate']) throw new Error(`${file} is missing or stale and --skip-generate was given`);
    console.error(`generating ${file} (${formatSize(size)}, seed ${seed}) ...`);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    await generate({ seed, size, format, out: abs, maxRecords });
  }
  return { file, abs, expected: JSON.parse(fs.readFileSync(expectedPath, 'utf8')) };
}

/** Reads the file once so every contender starts from the same (warm) page cache. */
async function warm(abs) {
  for await (const chunk of fs.createReadStream(abs, { highWaterMark: MB })) void chunk;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Secrets the generator planted; a token also leaks if its UUID part shows up. */
function leakedSecrets(text, secrets) {
  return secrets.filter((s) => text.includes(s) || (s.includes(':') && text.includes(s.split(':')[0])));
}

function analyzerHint(stderr) {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) return 'not built (npm run build)';
  const last = stderr.trim().split('\n').filter(Boolean).pop() ?? 'no output';
  return last.slice(0, 120);
}

async function runContender(c, input, format) {
  const times = [];
  const cpu = [];
  let rss = 0;
  let last;
  for (let i = 0; i < runs; i++) {
    if (c.report) fs.rmSync(c.report, { force: true });
    last = await measure(c.cmd, { cwd: ROOT });
    times.push(last.seconds);
    if (last.cpuSeconds !== null) cpu.push(last.cpuSeconds);
    rss = Math.max(rss, last.peakRssKb ?? 0);
  }
  const seconds = median(times);
  const row = {
    name: c.name,
    format,
    baseline: c.baseline ?? null,
    cmd: c.cmd.join(' '),
    file: input.file,
    bytes: input.expected.bytes,
    seconds,
    times,
    mbPerSec: input.expected.bytes / MB / seconds,
    cpuSeconds: cpu.length ? median(cpu) : null,
    loadAverage: os.loadavg()[0],
    peakRssMb: rss ? rss / 1024 : null,
    exitCode: last.code,
    countsOk: false,
    mismatches: [],
    soft: [],
    secretsOk: null,
    error: null,
  };
  let counts = null;
  try {
    if (c.report) {
      if (!fs.existsSync(c.report)) throw new Error(analyzerHint(last.stderr));
      const text = fs.readFileSync(c.report, 'utf8');
      const leaks = leakedSecrets(text, input.expected.secrets);
      row.secretsOk = leaks.length === 0;
      if (leaks.length) row.leaked = leaks.length;
      counts = JSON.parse(text);
      fs.rmSync(c.report, { force: true });
    } else {
      if (last.code !== 0) throw new Error(`exit ${last.code}: ${last.stderr.trim().split('\n').pop() ?? ''}`);
      counts = JSON.parse(last.stdout);
    }
  } catch (e) {
    row.error = e.message;
    row.mbPerSec = null;
    return row;
  }
  if (c.noCounts) {
    row.countsOk = null;
    return row;
  }
  const cmp = compareCounts(input.expected, counts);
  Object.assign(row, { countsOk: cmp.ok, mismatches: cmp.strict.slice(0, 20), soft: cmp.soft });
  return row;
}

function machine() {
  let jq = null;
  try {
    jq = execFileSync('jq', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // jq missing: its row will say so.
  }
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? null,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    jq,
    gnuTime: hasGnuTime,
    platform: `${os.platform()} ${os.release()}`,
  };
}

const rows = [];
for (const format of formats) {
  let input;
  try {
    input = await ensureInput(format);
  } catch (e) {
    console.error(`run.mjs: ${e.message}`);
    process.exit(2);
  }
  console.error(`warming page cache: ${input.file}`);
  await warm(input.abs);
  for (const c of contenders(format, input.file, jobsList)) {
    console.error(`running ${c.name} on ${input.file} ...`);
    const row = await runContender(c, input, format);
    rows.push(row);
    const counted = row.countsOk === null ? 'not checked' : row.countsOk ? 'ok' : 'WRONG';
    const status = row.error ? `failed: ${row.error}` : `${row.mbPerSec.toFixed(1)} MB/s, counts ${counted}`;
    console.error(`  ${status}`);
    for (const m of row.mismatches.slice(0, 5)) console.error(`    ${m}`);
  }
}

const results = { date: new Date().toISOString(), seed, size: formatSize(size), runs, machine: machine(), rows };
fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(resultsTable(rows, BASELINES));
console.log(`\nMB = 2^20 bytes; wall time is the median of ${runs} run(s); results in bench/results.json`);
