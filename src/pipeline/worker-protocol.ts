import type { Message } from '../errors/words.js';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { summaryFromJSON, summaryToJSON, type SummaryJSON } from '../aggregate/summary-json.js';
import { DiagnosticsState } from '../diagnose/index.js';
import type { Part } from './analyzer.js';
import type { AnalyzeOptions } from './options.js';
import type { FileRange } from './ranges.js';
import type { Share } from './share.js';

/**
 * The messages between the main thread and its workers, in one place. A
 * worker gets a job, sends progress as it reads, and hands back its Part as
 * plain data: the Summary and the diagnostics state in their own serialised
 * forms (not a localised Report), plus the inputs it could not read to the end.
 */
export type WorkerJob =
  /** The lines that start in one byte range of a plain NDJSON file, named `label`. */
  | { kind: 'range'; path: string; label: string; range: FileRange; options: AnalyzeOptions }
  /** One whole input file, any format. */
  | { kind: 'file'; path: string; options: AnalyzeOptions }
  /** The records of a gzip or a HAR that start in one share of its decoded bytes (read from the start). */
  | { kind: 'share'; path: string; format: 'har' | 'ndjson'; share: Share; options: AnalyzeOptions };

export interface PartJSON {
  summary: SummaryJSON;
  diagnosticsState: unknown;
}

export interface WorkerDone extends PartJSON {
  /** One-line reasons for an input that could not be read to its end. */
  problems: Array<[name: string, message: string, words?: Message]>;
}

export type WorkerMessage =
  | { kind: 'progress'; bytes: number }
  | { kind: 'done'; done: WorkerDone }
  | { kind: 'failed'; message: string };

export function partToJSON(part: Part): PartJSON {
  // Detector states serialise through their toJSON methods, which a structured clone would skip.
  return { summary: summaryToJSON(part.summary), diagnosticsState: JSON.parse(JSON.stringify(part.diagnostics)) };
}

export function partFromJSON(json: PartJSON): Part {
  return { summary: summaryFromJSON(json.summary), diagnostics: DiagnosticsState.fromJSON(json.diagnosticsState) };
}

/** Worker side: runs the job this thread was started with, if it is of `kind`, and reports back. */
export function serveJob<K extends WorkerJob['kind']>(
  kind: K,
  run: (job: Extract<WorkerJob, { kind: K }>, onBytes: (n: number) => void) => Promise<WorkerDone>,
): void {
  const job = workerData as WorkerJob | null;
  if (!parentPort || job?.kind !== kind) return;
  const port = parentPort;
  const send = (m: WorkerMessage): void => port.postMessage(m);
  run(job as Extract<WorkerJob, { kind: K }>, (bytes) => send({ kind: 'progress', bytes })).then(
    (done) => send({ kind: 'done', done }),
    (error: unknown) => send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
}

const SCRIPTS: Record<WorkerJob['kind'], string> = {
  range: './range-worker.js',
  file: './file-worker.js',
  share: './share-worker.js',
};

/** Main side: runs one job on a new worker thread. */
export function runWorker(job: WorkerJob, onBytes: (n: number) => void): Promise<WorkerDone> {
  return new Promise((resolve, reject) => {
    // A young generation of 3 x 8 MB semi-spaces, as on the main thread (see cli.ts).
    const worker = new Worker(new URL(SCRIPTS[job.kind], import.meta.url), {
      workerData: job,
      resourceLimits: { maxYoungGenerationSizeMb: 24 },
    });
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'progress') onBytes(m.bytes);
      else if (m.kind === 'failed') reject(new Error(m.message));
      else {
        // Its heap is freed now, not when its event loop drains: the merge that follows is the peak of memory.
        void worker.terminate();
        resolve(m.done);
      }
    });
    worker.on('error', reject);
    // A no-op once resolved.
    worker.on('exit', (code) => code !== 0 && reject(new Error(`worker stopped with code ${code}`)));
  });
}
