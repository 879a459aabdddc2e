// A node:test reporter that prints the time each test file took (the sum of its
// top-level tests), slowest first, then the failures:
//   node --test --test-reporter=./scripts/test-durations.mjs build-test/test/
import path from 'node:path';

export default async function* durations(source) {
  const byFile = new Map();
  const failures = [];
  let tests = 0;
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    const file = path.basename(data.file ?? '?');
    if (type === 'test:fail' && data.details?.type !== 'suite') {
      failures.push(`${file} › ${data.name}: ${String(data.details?.error?.message ?? '').split('\n')[0]}`);
    }
    if (data.details?.type !== 'suite') tests += 1;
    if (data.nesting === 0) byFile.set(file, (byFile.get(file) ?? 0) + data.details.duration_ms);
  }
  const files = [...byFile].sort((a, b) => b[1] - a[1]);
  for (const [file, ms] of files) yield `${(ms / 1000).toFixed(2).padStart(7)} s  ${file}\n`;
  const total = files.reduce((sum, [, ms]) => sum + ms, 0);
  yield `${files.length} files, ${tests} tests, ${failures.length} failed, ${(total / 1000).toFixed(1)} s summed\n`;
  for (const failure of failures) yield `FAIL ${failure}\n`;
}
