// Preloaded into a Node child (via NODE_OPTIONS=--import) when /usr/bin/time is
// missing: writes the child's own peak RSS (KB) to $BENCH_RSS_FILE at exit.
import fs from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(target, String(process.resourceUsage().maxRSS));
    } catch {
      // Measuring must never change the child's outcome.
    }
  });
}
