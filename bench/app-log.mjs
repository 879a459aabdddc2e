#!/usr/bin/env node
// An app's own JSON log in which 1 line in 50 is a logged Marketo call (the recorded winston fixture's lines)
// and the rest are the app's other messages: what the tool costs on the lines it has nothing to find in.
// Analysed on one thread next to the bare readline + JSON.parse loop, interleaved, CPU seconds.
//   node bench/app-log.mjs [--lines 300000] [--runs 3] [--dist /path/to/other/checkout]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure } from './lib/measure.mjs';

const { values: opts } = parseArgs({
  options: {
    lines: { type: 'string', default: '300000' },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string' },
  },
});
const lines = Number(opts.lines);
const file = path.join('bench', 'data', `app-log-${lines}.ndjson`);
if (!fs.existsSync(file)) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const calls = fs.readFileSync('fixtures/ndjson/winston-json.ndjson', 'utf8').split('\n').filter(Boolean);
  const out = [];
  for (let i = 0; i < lines; i++) {
    const timestamp = new Date(Date.UTC(2026, 10, 2, 10) + i * 50).toISOString();
    if (i % 50 === 0) out.push(calls[(i / 50) % calls.length]);
    else if (i % 3 === 0)
      out.push(JSON.stringify({ level: 'info', message: `processed batch ${i} for program 1042`, timestamp }));
    else if (i % 3 === 1)
      out.push(JSON.stringify({ level: 'debug', message: `cache hit for lead ${(i * 7919) % 1e5}`, timestamp }));
    else
      out.push(
        JSON.stringify({ level: 'warn', message: `slow query took ${i % 900} ms`, timestamp, db: { host: 'db-1' } }),
      );
  }
  fs.writeFileSync(file, `${out.join('\n')}\n`);
}
const sh = (s) => ['sh', '-c', s];
const contenders = [
  ['readline + JSON.parse', sh(`node bench/baselines/readline-loop.mjs < '${file}' > /dev/null`)],
  ['analyze --jobs 1', sh(`node bin/marketo-errors.js analyze --jobs 1 '${file}' -o /dev/null 2>/dev/null`)],
  ...(opts.dist
    ? [
        [
          'other build',
          sh(`node ${opts.dist}/bin/marketo-errors.js analyze --jobs 1 '${file}' -o /dev/null 2>/dev/null`),
        ],
      ]
    : []),
];
const results = new Map(contenders.map(([name]) => [name, []]));
for (let run = 0; run < Number(opts.runs); run++) {
  for (const [name, cmd] of run % 2 ? [...contenders].reverse() : contenders)
    results.get(name).push(await measure(cmd));
}
const mb = fs.statSync(file).size / 2 ** 20;
console.log(`${file}: ${mb.toFixed(1)} MB, ${lines} lines`);
for (const [name, ms] of results) {
  const cpu = ms.map((m) => m.cpuSeconds).sort((a, b) => a - b)[ms.length >> 1];
  const wall = ms.map((m) => m.seconds).sort((a, b) => a - b)[ms.length >> 1];
  console.log(
    `${name.padEnd(24)} ${wall.toFixed(2)} s  ${cpu.toFixed(2)} CPU-s  ${((cpu * 1e6) / lines).toFixed(1)} us/line`,
  );
}
