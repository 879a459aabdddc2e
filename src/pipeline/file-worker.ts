import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import type { Report } from '../report/model.js';
import type { AnalyzeOptions } from './options.js';
import { runAnalysis } from './run.js';

/** What the main thread sends: one whole input file. */
export interface FileJob {
  kind: 'file';
  path: string;
  options: AnalyzeOptions;
}

export interface FileDone {
  report: Report;
  diagnosticsState: unknown;
  /** One-line reasons for an input that could not be read to its end. */
  problems: Array<[name: string, message: string]>;
}

export type FileMessage = { kind: 'progress'; bytes: number } | ({ kind: 'done' } & FileDone) | { kind: 'failed'; message: string };

// Runs in a worker thread: the whole single-threaded pipeline on one file.
async function analyzeFile(job: FileJob, onBytes: (n: number) => void): Promise<FileDone> {
  const problems: FileDone['problems'] = [];
  let seen = 0;
  const analyzer = await runAnalysis([job.path], Readable.from([]), { ...job.options, jobs: 1 }, {
    onInputProblem: (name, message) => problems.push([name, message]),
    onProgress: (p) => {
      onBytes(p.bytesRead - seen);
      seen = p.bytesRead;
    },
  });
  const report = analyzer.report({ lang: job.options.lang, tool: { name: '', version: '' }, filters: {} });
  // Detector states serialise through their toJSON methods, which a structured clone would skip.
  const diagnosticsState: unknown = JSON.parse(JSON.stringify(report.diagnosticsState));
  return { report: { ...report, diagnosticsState: undefined }, diagnosticsState, problems };
}

if (parentPort && (workerData as { kind?: string } | null)?.kind === 'file') {
  const port = parentPort;
  analyzeFile(workerData as FileJob, (bytes) => port.postMessage({ kind: 'progress', bytes } satisfies FileMessage)).then(
    (done) => port.postMessage({ kind: 'done', ...done } satisfies FileMessage),
    (error: unknown) => port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies FileMessage),
  );
}
