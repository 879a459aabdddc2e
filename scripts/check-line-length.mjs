// Fails when a line of src/ is over 120 characters (code points, as an editor
// counts them), listing file:line: Biome cannot break long template literals,
// regular expressions or comments, so this check keeps them from coming back.
// Other folders can be named: `node scripts/check-line-length.mjs src test`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MAX = 120;
const ROOTS = process.argv.length > 2 ? process.argv.slice(2) : ['src'];
const root = new URL('..', import.meta.url).pathname;

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(file);
    else if (/\.(?:[cm]?ts|[cm]?js)$/.test(entry.name)) yield file;
  }
}

const long = [];
for (const dir of ROOTS) {
  for (const file of sourceFiles(path.resolve(root, dir))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const length = [...line].length;
        if (length > MAX) long.push(`${path.relative(root, file)}:${i + 1}: ${length} characters`);
      });
  }
}
if (long.length > 0) {
  process.stderr.write(`${long.length} lines over ${MAX} characters:\n${long.join('\n')}\n`);
  process.exit(1);
}
