// What any reader of this design pays before it analyses a call, measured on this machine:
//   node bench/floor.mjs FILE [--runs 3]
// Each row runs in a child process of its own (CPU = user + sys of that child, medians of --runs):
//   read        read the file into two 1 MB buffers that take turns, split lines (the tool's reader)
//   scan        read, and search every line for the markers a failure may carry (a byte-level pre-pass)
//   noisy-parse scan, and JSON.parse the lines that carry a marker (the part a byte pass still parses)
//   loop        bench/baselines/node-loop.mjs --parse-only (the yardstick)
//   start-up    marketo-errors --version
// and, in process, the warm-up of one thread: the analyzer's first 64 MB pass against its later passes.
// Nothing here checks counts: these are floors, the cost of steps every design of the tool must take.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MB = 1 << 20;
// A failure shows one of these in its line, in every log shape the bench writes (escaped or not):
// success:false, reasons[] of records, errors[], an error's name or text, a status key with a 4xx or
// 5xx value. One pattern over the line as latin1 text was the cheapest of the searches tried (native
// Buffer.indexOf per marker cost 3 to 4 times as much; see bench/README.md).
const MARKERS = /false|reasons|rror|xception|tatus(?:Code|_code)?\\*"?\s*[:=]\s*\\*"?[45]/;

function readLines(file, onLine) {
  const fd = openSync(file, 'r');
  const buffers = [Buffer.allocUnsafe(MB), Buffer.allocUnsafe(MB)];
  let carry = Buffer.alloc(0);
  let turn = 0;
  for (;;) {
    turn ^= 1;
    const n = readSync(fd, buffers[turn], 0, MB, null);
    if (n === 0) break;
    const chunk =
      carry.length > 0 ? Buffer.concat([carry, buffers[turn].subarray(0, n)]) : buffers[turn].subarray(0, n);
    let start = 0;
    for (let end = chunk.indexOf(10, start); end !== -1; end = chunk.indexOf(10, start)) {
      onLine(chunk, start, end);
      start = end + 1;
    }
    carry = Buffer.from(chunk.subarray(start));
  }
  if (carry.length > 0) onLine(carry, 0, carry.length);
  closeSync(fd);
}

function noisy(chunk, start, end) {
  return MARKERS.test(chunk.latin1Slice(start, end));
}

function child(mode, file) {
  let lines = 0;
  let flagged = 0;
  let parsed = 0;
  readLines(file, (chunk, start, end) => {
    lines++;
    if (mode === 'read' || !noisy(chunk, start, end)) return;
    flagged++;
    if (mode !== 'noisy-parse') return;
    try {
      JSON.parse(chunk.toString('utf8', start, end));
      parsed++;
    } catch {
      // a line that is not JSON costs its throw, as in any reader
    }
  });
  const used = process.cpuUsage();
  console.log(JSON.stringify({ lines, flagged, parsed, cpu: (used.user + used.system) / 1e6 }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** CPU (user + sys, GNU time) and wall seconds of a command, medians of `runs`. */
function measure(cmd, args, runs) {
  const cpu = [];
  const wall = [];
  for (let r = 0; r < runs; r++) {
    const t = process.hrtime.bigint();
    const run = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S', cmd, ...args], { encoding: 'utf8' });
    wall.push(Number(process.hrtime.bigint() - t) / 1e9);
    const [user, sys] = /TIME ([\d.]+) ([\d.]+)/.exec(run.stderr)?.slice(1).map(Number) ?? [Number.NaN, 0];
    cpu.push(user + sys);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

/** The first 64 MB pass of the analyzer in process against the median of its next passes: V8 compiling. */
async function warmUp(file) {
  const { fileLines } = await import('./lib/file-lines.mjs');
  const { Analyzer } = await import('../dist/pipeline/analyzer.js');
  const { normaliseOptions } = await import('../dist/pipeline/options.js');
  const { lines } = fileLines(file);
  let bytes = 0;
  let count = 0;
  while (count < lines.length && bytes < 64 * MB) bytes += lines[count++].length + 1;
  const passes = [];
  for (let r = 0; r < 5; r++) {
    const before = process.cpuUsage();
    const analyzer = new Analyzer(normaliseOptions({}));
    const input = analyzer.startInput(file, 'ndjson', false);
    for (let i = 0; i < count; i++) analyzer.line(input, lines[i], i + 1);
    analyzer.finishInput(input);
    const used = process.cpuUsage(before);
    passes.push((used.user + used.system) / 1e6);
  }
  return { first: passes[0], steady: median(passes.slice(1)), mb: bytes / MB };
}

async function main() {
  const file = process.argv[2];
  if (process.argv[3] === '--child') return child(process.argv[4], file);
  if (!file) throw new Error('usage: node bench/floor.mjs FILE [--runs N]');
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 3);
  const gb = statSync(file).size / 1024 ** 3;
  const self = fileURLToPath(import.meta.url);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const rows = [];
  for (const mode of ['read', 'scan', 'noisy-parse']) {
    const facts = JSON.parse(spawnSync('node', [self, file, '--child', mode], { encoding: 'utf8' }).stdout);
    rows.push({ name: mode, ...measure('node', [self, file, '--child', mode], runs), facts });
  }
  rows.push({
    name: 'loop (parse only)',
    ...measure('node', [`${root}bench/baselines/node-loop.mjs`, file, '--parse-only'], runs),
  });
  rows.push({ name: 'start-up (--version)', ...measure('node', [`${root}bin/marketo-errors.js`, '--version'], runs) });
  const warm = await warmUp(file);
  console.log(`${file}: ${(gb * 1024).toFixed(0)} MB, medians of ${runs}`);
  for (const r of rows) {
    const extra = r.facts ? `  lines ${r.facts.lines}, with a marker ${r.facts.flagged}` : '';
    console.log(
      `${r.name.padEnd(22)} ${r.cpu.toFixed(2).padStart(6)} CPU-s  ${(r.cpu / gb).toFixed(2).padStart(6)} CPU-s/GB  ${r.wall.toFixed(2)} s${extra}`,
    );
  }
  console.log(
    `warm-up of one thread: first ${warm.mb.toFixed(0)} MB pass ${warm.first.toFixed(2)} CPU-s, later passes ${warm.steady.toFixed(2)}: ${(warm.first - warm.steady).toFixed(2)} CPU-s`,
  );
}

await main();
