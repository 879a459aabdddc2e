// In-process CPU of the analyzer core on a file's lines (no reading, no report writing):
// node bench/core.mjs FILE [--rounds N]. Prints CPU ms per round and the median.
import { fileLines } from './lib/file-lines.mjs';
import { Analyzer } from '../dist/pipeline/analyzer.js';
import { normaliseOptions } from '../dist/pipeline/options.js';

const file = process.argv[2];
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] || 5);
const { lines } = fileLines(file);
const times = [];
let calls = 0;
for (let r = 0; r < rounds; r++) {
  const before = process.cpuUsage();
  const analyzer = new Analyzer(normaliseOptions({}));
  const input = analyzer.startInput(file, 'ndjson', false);
  for (let i = 0; i < lines.length; i++) analyzer.line(input, lines[i], i + 1);
  analyzer.finishInput(input);
  const report = analyzer.report({ lang: 'en', tool: { name: 'bench', version: '0' }, filters: {} });
  const used = process.cpuUsage(before);
  times.push((used.user + used.system) / 1000);
  calls = report.totals.exchanges;
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({ lines: lines.length, calls, cpuMs: times.map(Math.round), median: Math.round(times[rounds >> 1]) }),
);
