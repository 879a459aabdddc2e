#!/usr/bin/env node
// Streams benchmark: gzip, stdin and HAR, one thread against --jobs N, next to zcat, cat, a bare
// readline + JSON.parse loop on the pipe, and stream-json on the HAR.
// Interleaved runs, medians; wall and CPU (user + sys, all threads and children) seconds per GB.
//   node bench/streams.mjs FILE.ndjson [--har FILE.har] [--runs 3] [--jobs 2]
//   (FILE.ndjson.gz is made with gzip -6 if missing)
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { measure } from './lib/measure.mjs';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, jobs: { type: 'string', default: '2' }, har: { type: 'string' } },
});
const file = positionals[0];
if (!file) throw new Error('usage: node bench/streams.mjs FILE.ndjson [--runs 3] [--jobs 2]');
const gz = `${file}.gz`;
if (!fs.existsSync(gz)) execFileSync('sh', ['-c', `gzip -6 -k -c '${file}' > '${gz}'`]);
const gbOf = (f) => fs.statSync(f).size / 2 ** 30;
const cli = 'node bin/marketo-errors.js analyze --format json';
const sh = (s) => ['sh', '-c', s];
const contenders = [
  { name: 'zcat FILE.gz > /dev/null', cmd: sh(`zcat '${gz}' > /dev/null`) },
  { name: 'gzip, --jobs 1', cmd: sh(`${cli} --jobs 1 '${gz}' > /dev/null 2>&1`) },
  { name: `gzip, --jobs ${opts.jobs}`, cmd: sh(`${cli} --jobs ${opts.jobs} '${gz}' > /dev/null 2>&1`) },
  { name: 'cat FILE > /dev/null', cmd: sh(`cat '${file}' > /dev/null`) },
  { name: 'stdin, --jobs 1', cmd: sh(`cat '${file}' | ${cli} --jobs 1 - > /dev/null 2>&1`) },
  { name: `stdin, --jobs ${opts.jobs}`, cmd: sh(`cat '${file}' | ${cli} --jobs ${opts.jobs} - > /dev/null 2>&1`) },
  {
    name: 'stdin, readline + JSON.parse',
    cmd: sh(`cat '${file}' | node bench/baselines/readline-loop.mjs > /dev/null`),
  },
  { name: `file, --jobs ${opts.jobs}`, cmd: sh(`${cli} --jobs ${opts.jobs} '${file}' > /dev/null 2>&1`) },
  // The default: one thread below 512 MB, byte ranges from there.
  { name: 'file, default', cmd: sh(`${cli} '${file}' > /dev/null 2>&1`) },
];
const har = opts.har;
if (har)
  contenders.push(
    { name: 'HAR, stream-json 3.8', cmd: sh(`node bench/baselines/stream-json-har.mjs '${har}' > /dev/null`), har },
    { name: 'HAR, --jobs 1', cmd: sh(`${cli} --jobs 1 '${har}' > /dev/null 2>&1`), har },
    { name: `HAR, --jobs ${opts.jobs}`, cmd: sh(`${cli} --jobs ${opts.jobs} '${har}' > /dev/null 2>&1`), har },
  );
const runs = contenders.map(() => []);
const loads = [];
const load = () => `${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`;
for (let r = 0; r < Number(opts.runs); r++)
  for (const [k, c] of contenders.entries()) {
    loads.push(os.loadavg()[0]);
    runs[k].push(await measure(c.cmd));
  }
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `| ${file} (${(gbOf(file) * 1024).toFixed(0)} MB)${har ? `, ${har}` : ''}, medians of ${opts.runs}, load ${load()} ` +
    '| wall s | wall s/GB | CPU s/GB | peak RSS MB |',
);
console.log('|---|---|---|---|---|');
for (const [k, c] of contenders.entries()) {
  const gb = gbOf(c.har ?? file);
  const wall = median(runs[k].map((m) => m.seconds));
  const cpu = median(runs[k].map((m) => m.cpuSeconds ?? Number.NaN));
  const rss = median(runs[k].map((m) => m.peakRssKb ?? 0)) / 1024;
  const failed = runs[k].some((m) => m.code !== 0) ? ' (exit != 0)' : '';
  const cells = [wall.toFixed(2), (wall / gb).toFixed(1), (cpu / gb).toFixed(1), rss.toFixed(0)];
  console.log(`| ${c.name}${failed} | ${cells.join(' | ')} |`);
}
