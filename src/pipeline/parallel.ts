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
 * The default takes a second thread from this size (a file in ranges, several files together on workers):
 * below it, starting and warming up another thread costs more CPU than the wall time it saves. Seed 7 on
 * 2 cores, since a plain file is read into reused buffers (one thread got a fifth cheaper): 256 MB 1.43-1.51 s
 * and 1.9-2.2 CPU-s on one thread against 1.59-1.66 s and 2.8-3.0 CPU-s on two; 512 MB 2.31-2.65 s against
 * 2.35-2.47 s (3.0-3.6 against 4.3-4.5 CPU-s, 127 against 180 MB); 1 GB 4.0-4.4 s against 3.6-3.7 s.
 */
export const MIN_PARALLEL_BYTES = 512 * 1024 * 1024;

/** An explicit --jobs is obeyed from this size: a smaller range or share would be mostly warm-up. */
export const MIN_ASKED_PARALLEL_BYTES = 128 * 1024 * 1024;

/** Whether a plain NDJSON file of `size` bytes is read in byte ranges on worker threads. */
export function rangesPay(size: number, options: AnalyzeOptions): boolean {
  if (options.jobs < 2) return false;
  return size >= (options.jobsAuto === true ? MIN_PARALLEL_BYTES : MIN_ASKED_PARALLEL_BYTES);
}

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
