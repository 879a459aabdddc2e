#!/usr/bin/env node
// Every recorded log shape of fixtures/, each repeated to --mb megabytes, analysed with --jobs 1:
// CPU seconds per GB and microseconds per call for each shape, so that a shape that costs far more
// than the others shows (a parse that throws on every line of a text log did: 150 CPU-s/GB).
// Startup (about 0.2 CPU-s) is in every figure. --dist DIR compares another build, interleaved.
//   node bench/shapes.mjs [--mb 19] [--runs 1] [--dist /path/to/other/checkout]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure } from './lib/measure.mjs';

const { values: opts } = parseArgs({
  options: { mb: { type: 'string', default: '19' }, runs: { type: 'string', default: '1' }, dist: { type: 'string' } },
});
const SOURCES = ['ndjson', 'python', 'clients', 'node-clients', 'platforms'];
const dir = path.join('bench', 'data', `shapes-${opts.mb}MB`);
fs.mkdirSync(dir, { recursive: true });
const files = [];
for (const source of SOURCES) {
  for (const name of fs.readdirSync(path.join('fixtures', source)).sort()) {
    if (!/\.(ndjson|log)$/.test(name)) continue;
    const out = path.join(dir, name);
    if (!fs.existsSync(out)) {
      const one = fs.readFileSync(path.join('fixtures', source, name));
      const copies = Math.ceil((Number(opts.mb) * 2 ** 20) / one.length);
      fs.writeFileSync(out, Buffer.concat(Array.from({ length: copies }, () => one)));
    }
    files.push(out);
  }
}
const builds = [['this', '.'], ...(opts.dist ? [['other', opts.dist]] : [])];
const rows = [];
for (const file of files) {
  const gb = fs.statSync(file).size / 2 ** 30;
  const row = { shape: path.basename(file) };
  for (let run = 0; run < Number(opts.runs); run++) {
    for (const [label, root] of run % 2 ? [...builds].reverse() : builds) {
      const report = path.join(dir, `report-${label}.json`);
      const cmd = ['node', path.join(root, 'bin/marketo-errors.js'), 'analyze', '--jobs', '1', file, '-o', report];
      const m = await measure(cmd);
      const calls = JSON.parse(fs.readFileSync(report, 'utf8')).totals.exchanges;
      (row[label] ??= []).push({ cpuPerGb: m.cpuSeconds / gb, usPerCall: (m.cpuSeconds * 1e6) / Math.max(1, calls) });
    }
  }
  rows.push(row);
}
const median = (xs, k) => xs.map((x) => x[k]).sort((a, b) => a - b)[xs.length >> 1];
const fmt = (n, w) => n.toFixed(1).padStart(w);
console.log(`shape${' '.repeat(35)}CPU-s/GB   us/call${opts.dist ? '   other CPU-s/GB' : ''}`);
let sum = 0;
let sumOther = 0;
for (const r of rows.sort((a, b) => median(b.this, 'cpuPerGb') - median(a.this, 'cpuPerGb'))) {
  const mine = median(r.this, 'cpuPerGb');
  sum += mine;
  const other = r.other ? median(r.other, 'cpuPerGb') : undefined;
  if (other !== undefined) sumOther += other;
  const tail = other === undefined ? '' : fmt(other, 17);
  console.log(`${r.shape.padEnd(40)}${fmt(mine, 8)}${fmt(median(r.this, 'usPerCall'), 10)}${tail}`);
}
console.log(
  `mean over ${rows.length} shapes: ${(sum / rows.length).toFixed(1)} CPU-s/GB` +
    (opts.dist ? ` (other: ${(sumOther / rows.length).toFixed(1)})` : ''),
);
