import type { Part } from './analyzer.js';
import { Analyzer } from './analyzer.js';
import { PartMerger, rangeLabel } from './merge.js';
import type { AnalyzeOptions } from './options.js';
import { readRange } from './read-range.js';
import { lineAlignedRanges } from './ranges.js';
import {
  partFromJSON,
  partToJSON,
  runWorker,
  type PartJSON,
  type WorkerDone,
  type WorkerJob,
} from './worker-protocol.js';

/**
 * Below this a file is read on the main thread: starting and warming up a second thread costs more than it
 * saves. 64 MB of the bench log (seed 7): --jobs 2 1.31 s wall and 1.66 CPU-s against 1.26 s and 1.24 CPU-s on
 * one; 256 MB: 2.71 s against 3.05 s (medians of 3, load 2.5-3.4).
 */
export const MIN_PARALLEL_BYTES = 128 * 1024 * 1024;

/**
 * Whether several files go to worker threads, one file each. A thread costs about 0.1 CPU-s to start
 * and more to warm up: 15 fixture logs took 1.07 CPU-s on the default threads against 0.28 on one.
 * So the default takes them only for files that together pay for it; an explicit --jobs is obeyed.
 * `sizes` are on disk; a gzip file holds about four times its size.
 */
export function filesOnWorkers(files: Array<{ size: number; gzip: boolean }>, options: AnalyzeOptions): boolean {
  if (options.jobs < 2 || files.length < 2) return false;
  if (options.jobsAuto !== true) return true;
  let bytes = 0;
  for (const f of files) bytes += f.gzip ? f.size * 4 : f.size;
  return bytes >= MIN_PARALLEL_BYTES;
}

/**
 * Analyses one NDJSON file with `jobs` worker threads, one byte range each,
 * and merges their parts in file order, as `merge` joins the reports of
 * `--byte-range` shards: the result equals a single pass, except at a range
 * boundary (see README, "Logs larger than one machine").
 */
export async function analyzeInRanges(
  path: string,
  name: string,
  size: number,
  jobs: number,
  options: AnalyzeOptions,
  onBytes: (n: number) => void,
): Promise<Part> {
  const ranges = await lineAlignedRanges(path, size, jobs);
  // The main thread reads the first range itself: one V8 heap fewer in memory.
  const parts = await Promise.all(
    ranges.map(async (range, k): Promise<PartJSON> => {
      const job: WorkerJob = { kind: 'range', path, label: rangeLabel(name, range.start), range, options };
      if (k > 0) return runWorker(job, onBytes);
      const analyzer = new Analyzer(options);
      await readRange(analyzer, path, job.label, range, onBytes);
      return partToJSON(analyzer.part());
    }),
  );
  const merger = new PartMerger();
  for (const part of parts) merger.add(part, part.summary.inputs, partFromJSON);
  return merger.finish();
}

export interface FilePart extends Part {
  problems: WorkerDone['problems'];
}

/**
 * Analyses several files on up to `jobs` worker threads, one whole file per
 * worker at a time, and returns their parts in the order of `paths`.
 */
export async function analyzeFilesInWorkers(
  paths: string[],
  jobs: number,
  options: AnalyzeOptions,
  onBytes: (n: number) => void,
): Promise<FilePart[]> {
  const results: FilePart[] = new Array(paths.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < paths.length) {
      const k = next++;
      const done = await runWorker({ kind: 'file', path: paths[k]!, options }, onBytes);
      results[k] = { ...partFromJSON(done), problems: done.problems };
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, paths.length) }, lane));
  return results;
}
