// What runs against each input. Baselines print counts on stdout; marketo-errors
// writes its JSON report to a file, which is read back for the counts check.
import os from 'node:os';
import path from 'node:path';

export function contenders(format, file, jobsList) {
  const list = [];
  if (format === 'ndjson') {
    list.push({ name: 'node loop', baseline: 'node loop', cmd: ['node', 'bench/baselines/node-loop.mjs', file] });
    // Only reads and JSON.parses: a ceiling, not a fair rival (its counts are not checked).
    list.push({
      name: 'node loop (parse only)',
      noCounts: true,
      cmd: ['node', 'bench/baselines/node-loop.mjs', file, '--parse-only'],
    });
    list.push({ name: 'jq', baseline: 'jq', cmd: ['jq', '-nRc', '-f', 'bench/baselines/jq-program.jq', file] });
  } else {
    list.push({
      name: 'stream-json',
      baseline: 'stream-json',
      cmd: ['node', 'bench/baselines/stream-json-har.mjs', file],
    });
  }
  for (const jobs of [null, ...jobsList]) {
    const report = path.join(os.tmpdir(), `marketo-bench-${process.pid}-${format}-${jobs ?? 1}.json`);
    const cmd = ['node', 'bin/marketo-errors.js', 'analyze', file, '--format', 'json', '-o', report, '--quiet'];
    if (jobs !== null) cmd.push('--jobs', String(jobs));
    list.push({ name: jobs === null ? 'marketo-errors' : `marketo-errors --jobs ${jobs}`, report, cmd });
  }
  return list;
}

/** The baselines a format's rows are compared with, in column order. */
export const BASELINES = ['node loop', 'jq', 'stream-json'];
