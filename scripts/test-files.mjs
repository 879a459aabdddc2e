// The test files `npm test` hands to `node --test`, printed on one line. Starting a
// node:test process costs about 0.15 CPU-s: 55 light files took 11 CPU-s one process
// each and 2.5 CPU-s in one (measured), so light files share one process, imported
// by build-test/shared-process.js, which this script writes. A file runs alone, beside
// the others (--test-concurrency), when it starts processes or Chromium, measures
// memory, or is heavy.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const compiled = new URL('build-test/test/', root);
const shared = new URL('build-test/shared-process.js', root);

// Spawns the bin, python or a pty; starts Chromium; reads the process's memory.
const ALONE = /node:child_process|playwright-core|LiveCli|\brunCli\(|resourceUsage|memoryUsage/;
// In process, but over about 1 CPU-s each (npm run test:times): alone, they run beside the rest.
const HEAVY = new Set([
  'adversarial-input',
  'assembler-windows', // compares two timings: the shared process's garbage skewed one of them
  'bulk-fixtures',
  'cli-analyze',
  'completeness',
  'diagnose-bounded',
  'diagnose-merge',
  'linear-time',
  'merge',
  'redact-property',
  'report-table',
  'secrets',
  'shard-merge',
  'shares',
  'stream-blocks',
  'summary-timeline',
]);

const names = readdirSync(compiled)
  .filter((f) => f.endsWith('.test.js'))
  .sort();
const spawns = names.filter((n) => ALONE.test(readFileSync(new URL(n, compiled), 'utf8')));
const heavy = names.filter((n) => HEAVY.has(n.slice(0, -'.test.js'.length)) && !spawns.includes(n));
const together = names.filter((n) => !spawns.includes(n) && !heavy.includes(n));

writeFileSync(shared, together.map((n) => `import './test/${n}';\n`).join(''));
// Files that wait on other processes first: their waits overlap the rest.
const files = [...spawns, ...heavy].map((n) => `build-test/test/${n}`);
process.stdout.write(`${[...files, 'build-test/shared-process.js'].join(' ')}\n`);
