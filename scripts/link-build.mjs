// Tests are compiled against dist/ (a TypeScript project reference), so the
// sources are compiled once; their `../src/...` imports resolve through this link.
import { lstatSync, rmSync, symlinkSync } from 'node:fs';

const link = new URL('../build-test/src', import.meta.url);
try {
  if (lstatSync(link).isSymbolicLink()) process.exit(0);
  rmSync(link, { recursive: true, force: true });
} catch {
  // absent: made below
}
symlinkSync('../dist', link, 'dir');
