// In-process A/B of the analyzer core of two builds, interleaved (A B, B A, ...), CPU-s per GB:
//   node bench/ab-core.mjs FILE DIST_A DIST_B [rounds]    (DIST: a build's dist/ directory, e.g. of a git worktree)
// The first round of each is left out (V8's warm-up); min and median of the rest are printed.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileLines } from './lib/file-lines.mjs';

const [file, distA, distB] = process.argv.slice(2);
const rounds = Number(process.argv[5] ?? 6);
if (!file || !distA || !distB) throw new Error('usage: node bench/ab-core.mjs FILE DIST_A DIST_B [rounds]');
// A directory given relative to where the command runs, as the usage line shows it.
const moduleOf = (dist, file) => import(pathToFileURL(resolve(dist, file)).href);
const load = async (dist) => ({
  Analyzer: (await moduleOf(dist, 'pipeline/analyzer.js')).Analyzer,
  normaliseOptions: (await moduleOf(dist, 'pipeline/options.js')).normaliseOptions,
});
const builds = { A: await load(distA), B: await load(distB) };
const { data, lines } = fileLines(file);
const perGb = 1024 / (data.length / 2 ** 20);
const cpu = { A: [], B: [] };
for (let r = 0; r < rounds; r++) {
  for (const k of r % 2 ? ['B', 'A'] : ['A', 'B']) {
    const { Analyzer, normaliseOptions } = builds[k];
    const before = process.cpuUsage();
    const analyzer = new Analyzer(normaliseOptions({}));
    const input = analyzer.startInput(file, 'ndjson', false);
    for (let i = 0; i < lines.length; i++) analyzer.line(input, lines[i], i + 1);
    analyzer.finishInput(input);
    const used = process.cpuUsage(before);
    if (r > 0) cpu[k].push(((used.user + used.system) / 1e6) * perGb);
  }
}
for (const k of ['A', 'B']) {
  const s = cpu[k].sort((x, y) => x - y);
  console.log(`${k} min ${s[0].toFixed(2)} median ${s[s.length >> 1].toFixed(2)} CPU-s/GB`);
}
