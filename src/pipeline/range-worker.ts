import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { LineSplitter } from '../input/line-splitter.js';
import { Analyzer } from './analyzer.js';
import type { AnalyzeOptions } from './options.js';
import type { ByteRange } from './ranges.js';

/** What the main thread sends: one byte range of one NDJSON file. */
export interface RangeJob {
  path: string;
  /** The name sources carry in this worker; the main thread maps it back to file and line. */
  alias: string;
  range: ByteRange;
  options: AnalyzeOptions;
}

export type RangeMessage =
  | { kind: 'progress'; bytes: number }
  | { kind: 'done'; report: unknown; diagnosticsState: unknown; lines: number }
  | { kind: 'failed'; message: string };

// Runs in a worker thread: the same analyzer as the main thread, on one range.
async function run(job: RangeJob): Promise<void> {
  const analyzer = new Analyzer(job.options);
  const state = analyzer.startInput(job.alias, 'ndjson', false);
  const splitter = new LineSplitter(job.options.maxLineBytes);
  const feed = (r: ReturnType<LineSplitter['push']>): void => {
    for (const o of r.oversized) state.report.oversized.push(o);
    for (const l of r.lines) analyzer.line(state, l.bytes, l.line);
  };
  let sinceReport = 0;
  const stream = createReadStream(job.path, { start: job.range.start, end: job.range.end - 1, highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    feed(splitter.push(chunk));
    sinceReport += chunk.length;
    if (sinceReport >= 8 << 20) {
      parentPort!.postMessage({ kind: 'progress', bytes: sinceReport } satisfies RangeMessage);
      sinceReport = 0;
    }
  }
  feed(splitter.end());
  parentPort!.postMessage({ kind: 'progress', bytes: sinceReport } satisfies RangeMessage);
  state.report.bytes = job.range.end - job.range.start;
  analyzer.finishInput(state);
  const report = analyzer.report({ lang: job.options.lang, tool: { name: '', version: '' }, filters: {} });
  // Detector states serialise through their toJSON methods, which a structured clone would skip.
  const diagnosticsState: unknown = JSON.parse(JSON.stringify(report.diagnosticsState));
  parentPort!.postMessage({ kind: 'done', report: { ...report, diagnosticsState: undefined }, diagnosticsState, lines: splitter.linesSeen } satisfies RangeMessage);
}

if (parentPort) {
  run(workerData as RangeJob).catch((error: unknown) => {
    parentPort!.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies RangeMessage);
  });
}
