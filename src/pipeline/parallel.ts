import { Worker } from 'node:worker_threads';
import { summaryFromReport } from '../aggregate/from-report.js';
import type { Summary } from '../aggregate/summary.js';
import { DiagnosticsState } from '../diagnose/index.js';
import type { AnalyzeOptions } from './options.js';
import type { FileDone, FileJob } from './file-worker.js';
import { analyzeRange, type RangeDone, type RangeJob } from './range-worker.js';
import { lineAlignedRanges } from './ranges.js';
import { rebaseSources } from './rebase-sources.js';

/** Below this a file is read on the main thread: starting workers costs more than it saves. */
export const MIN_PARALLEL_BYTES = 32 * 1024 * 1024;

export interface RangeResults {
  summary: Summary;
  diagnostics: DiagnosticsState;
}

function runWorker<Done>(script: string, job: unknown, onBytes: (n: number) => void): Promise<Done> {
  return new Promise((resolve, reject) => {
    // A young generation of 3 x 8 MB semi-spaces, as on the main thread (see cli.ts).
    const worker = new Worker(new URL(script, import.meta.url), { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 24 } });
    worker.on('message', (m: { kind: 'progress'; bytes: number } | { kind: 'failed'; message: string } | ({ kind: 'done' } & Done)) => {
      if (m.kind === 'progress') onBytes(m.bytes);
      else if (m.kind === 'failed') reject(new Error(m.message));
      else {
        // Its heap is freed now, not when its event loop drains: the merge that follows is the peak of memory.
        void worker.terminate();
        resolve(m);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => code !== 0 && reject(new Error(`worker stopped with code ${code}`))); // no-op once resolved
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
      const job: RangeJob = { kind: 'range', path, alias: `\u0000range${k}\u0000`, range, options };
      return k === 0 ? analyzeRange(job, onBytes) : runWorker<RangeDone>('./range-worker.js', job, onBytes);
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

export interface FileResults extends RangeResults {
  problems: FileDone['problems'];
}

/**
 * Analyses several files on up to `jobs` worker threads, one whole file per
 * worker at a time, and returns their results in the order of `paths`.
 */
export async function analyzeFilesInWorkers(paths: string[], jobs: number, options: AnalyzeOptions, onBytes: (n: number) => void): Promise<FileResults[]> {
  const results: FileResults[] = new Array(paths.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < paths.length) {
      const k = next++;
      const done = await runWorker<FileDone>('./file-worker.js', { kind: 'file', path: paths[k]!, options } satisfies FileJob, onBytes);
      results[k] = { summary: summaryFromReport(done.report), diagnostics: DiagnosticsState.fromJSON(done.diagnosticsState), problems: done.problems };
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, paths.length) }, lane));
  return results;
}
