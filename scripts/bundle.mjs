// Bundles the compiled CLI and its worker entry points into dist/bundle/, one
// file each plus shared chunks. Node resolves and links each ESM file on its own:
// loading about 230 small modules cost 0.1-0.15 CPU-s per process and per worker
// thread, more than the analysis of a few megabytes. dist/ stays what tsc wrote,
// for the tests and for anyone importing a module.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunks are named by their content: without this, every build left the previous ones behind (and in npm pack).
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: {
    cli: 'dist/cli.js',
    // Started with new URL('./NAME.js', import.meta.url): they must sit beside cli.js.
    'range-worker': 'dist/pipeline/range-worker.js',
    'file-worker': 'dist/pipeline/file-worker.js',
    'block-worker': 'dist/pipeline/block-worker.js',
    'share-worker': 'dist/pipeline/share-worker.js',
    'read-worker': 'dist/input/read-worker.js',
  },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
