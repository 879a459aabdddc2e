#!/usr/bin/env node
// Streams benchmark: gzip and stdin, one thread against --jobs N, next to zcat and cat alone.
// Interleaved runs, medians; wall and CPU (user + sys, all threads and children) seconds per GB.
//   node bench/streams.mjs FILE.ndjson [--runs 3] [--jobs 2]   (FILE.ndjson.gz is made with gzip -6 if missing)
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { measure } from './lib/measure.mjs';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, jobs: { type: 'string', default: '2' } },
});
const file = positionals[0];
if (!file) throw new Error('usage: node bench/streams.mjs FILE.ndjson [--runs 3] [--jobs 2]');
const gz = `${file}.gz`;
if (!fs.existsSync(gz)) execFileSync('sh', ['-c', `gzip -6 -k -c '${file}' > '${gz}'`]);
const gb = fs.statSync(file).size / 2 ** 30;
const cli = 'node bin/marketo-errors.js analyze --format json';
const sh = (s) => ['sh', '-c', s];
const contenders = [
  { name: 'zcat FILE.gz > /dev/null', cmd: sh(`zcat '${gz}' > /dev/null`) },
  { name: 'gzip, --jobs 1', cmd: sh(`${cli} --jobs 1 '${gz}' > /dev/null 2>&1`) },
  { name: `gzip, --jobs ${opts.jobs}`, cmd: sh(`${cli} --jobs ${opts.jobs} '${gz}' > /dev/null 2>&1`) },
  { name: 'cat FILE > /dev/null', cmd: sh(`cat '${file}' > /dev/null`) },
  { name: 'stdin, --jobs 1', cmd: sh(`cat '${file}' | ${cli} --jobs 1 - > /dev/null 2>&1`) },
  { name: `stdin, --jobs ${opts.jobs}`, cmd: sh(`cat '${file}' | ${cli} --jobs ${opts.jobs} - > /dev/null 2>&1`) },
  { name: `file, --jobs ${opts.jobs}`, cmd: sh(`${cli} --jobs ${opts.jobs} '${file}' > /dev/null 2>&1`) },
];
const runs = contenders.map(() => []);
for (let r = 0; r < Number(opts.runs); r++)
  for (const [k, c] of contenders.entries()) runs[k].push(await measure(c.cmd));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `| ${file} (${(gb * 1024).toFixed(0)} MB), medians of ${opts.runs} | wall s | wall s/GB | CPU s/GB | peak RSS MB |`,
);
console.log('|---|---|---|---|---|');
for (const [k, c] of contenders.entries()) {
  const wall = median(runs[k].map((m) => m.seconds));
  const cpu = median(runs[k].map((m) => m.cpuSeconds ?? Number.NaN));
  const rss = median(runs[k].map((m) => m.peakRssKb ?? 0)) / 1024;
  const failed = runs[k].some((m) => m.code !== 0) ? ' (exit != 0)' : '';
  console.log(
    `| ${c.name}${failed} | ${wall.toFixed(2)} | ${(wall / gb).toFixed(1)} | ${(cpu / gb).toFixed(1)} | ${rss.toFixed(0)} |`,
  );
}
