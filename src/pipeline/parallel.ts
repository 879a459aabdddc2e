import { Worker } from 'node:worker_threads';
import { summaryFromReport } from '../aggregate/from-report.js';
import type { Summary } from '../aggregate/summary.js';
import { DiagnosticsState } from '../diagnose/index.js';
import type { AnalyzeOptions } from './options.js';
import { analyzeRange, type RangeDone, type RangeJob, type RangeMessage } from './range-worker.js';
import { lineAlignedRanges } from './ranges.js';
import { rebaseSources } from './rebase-sources.js';

/** Below this a file is read on the main thread: starting workers costs more than it saves. */
export const MIN_PARALLEL_BYTES = 32 * 1024 * 1024;

export interface RangeResults {
  summary: Summary;
  diagnostics: DiagnosticsState;
}

function runWorker(job: RangeJob, onBytes: (n: number) => void): Promise<RangeDone> {
  return new Promise((resolve, reject) => {
    // A young generation of 3 x 8 MB semi-spaces, as on the main thread (see cli.ts).
    const worker = new Worker(new URL('./range-worker.js', import.meta.url), { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 24 } });
    worker.on('message', (m: RangeMessage) => {
      if (m.kind === 'progress') onBytes(m.bytes);
      else if (m.kind === 'failed') reject(new Error(m.message));
      else resolve(m);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => code !== 0 && reject(new Error(`worker stopped with code ${code}`)));
  });
}

/**
 * Analyses one NDJSON file with `jobs` worker threads, one byte range each,
 * and merges their summaries in file order: the result equals a single pass,
 * except that a request and its response logged on separate lines on either
 * side of a range boundary are not paired.
 */
export async function analyzeInRanges(path: string, name: string, size: number, jobs: number, options: AnalyzeOptions, onBytes: (n: number) => void): Promise<RangeResults> {
  const ranges = await lineAlignedRanges(path, size, jobs);
  // The main thread reads the first range itself: one V8 heap fewer in memory.
  const done = await Promise.all(
    ranges.map((range, k) => {
      const job: RangeJob = { path, alias: `\u0000range${k}\u0000`, range, options };
      return k === 0 ? analyzeRange(job, onBytes) : runWorker(job, onBytes);
    }),
  );
  let offset = 0;
  let results: RangeResults | undefined;
  done.forEach((d, k) => {
    const alias = `\u0000range${k}\u0000`;
    const report = rebaseSources(d.report, alias, name, offset);
    const state = DiagnosticsState.fromJSON(rebaseSources(d.diagnosticsState, alias, name, offset));
    const summary = summaryFromReport(report);
    offset += d.lines;
    if (!results) results = { summary, diagnostics: state };
    else {
      results.summary.merge(summary);
      results.diagnostics.merge(state);
    }
  });
  return results!;
}
