import { open, type FileHandle } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { LineSplitter } from '../input/line-splitter.js';
import { Analyzer } from './analyzer.js';
import type { AnalyzeOptions } from './options.js';
import type { ByteRange } from './ranges.js';
import type { Report } from '../report/model.js';

const CHUNK = 1 << 20;

/** What the main thread sends: one byte range of one NDJSON file. */
export interface RangeJob {
  kind: 'range';
  path: string;
  /** The name sources carry in this worker; the main thread maps it back to file and line. */
  alias: string;
  range: ByteRange;
  options: AnalyzeOptions;
}

export interface RangeDone {
  report: Report;
  diagnosticsState: unknown;
  lines: number;
}

export type RangeMessage = { kind: 'progress'; bytes: number } | ({ kind: 'done' } & RangeDone) | { kind: 'failed'; message: string };

/**
 * The range's bytes in chunks, the next read already under way while the
 * caller works on the current one. Two buffers take turns, so nothing is
 * allocated per chunk (the splitter copies the partial line it keeps).
 */
async function* readAhead(file: FileHandle, range: ByteRange): AsyncGenerator<Buffer> {
  const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  const readAt = (pos: number, k: number) => file.read(buffers[k]!, 0, Math.min(CHUNK, range.end - pos), pos);
  let pos = range.start;
  let k = 0;
  let pending = pos < range.end ? readAt(pos, k) : undefined;
  while (pending) {
    const { bytesRead } = await pending;
    if (bytesRead === 0) return;
    const chunk = buffers[k]!.subarray(0, bytesRead);
    pos += bytesRead;
    k = 1 - k;
    pending = pos < range.end ? readAt(pos, k) : undefined;
    yield chunk;
  }
}

/** The same analyzer as a whole-file read, on one byte range; runs on any thread. */
export async function analyzeRange(job: RangeJob, onBytes: (n: number) => void): Promise<RangeDone> {
  const analyzer = new Analyzer(job.options);
  const state = analyzer.startInput(job.alias, 'ndjson', false);
  const splitter = new LineSplitter(job.options.maxLineBytes);
  const feed = (r: ReturnType<LineSplitter['push']>): void => {
    for (const o of r.oversized) state.report.oversized.push(o);
    for (const l of r.lines) analyzer.line(state, l.bytes, l.line);
  };
  let sinceReport = 0;
  const file = await open(job.path, 'r');
  try {
    for await (const chunk of readAhead(file, job.range)) {
      feed(splitter.push(chunk));
      sinceReport += chunk.length;
      if (sinceReport >= 8 << 20) {
        onBytes(sinceReport);
        sinceReport = 0;
      }
    }
  } finally {
    await file.close();
  }
  feed(splitter.end());
  onBytes(sinceReport);
  state.report.bytes = job.range.end - job.range.start;
  analyzer.finishInput(state);
  const report = analyzer.report({ lang: job.options.lang, tool: { name: '', version: '' }, filters: {} });
  // Detector states serialise through their toJSON methods, which a structured clone would skip.
  const diagnosticsState: unknown = JSON.parse(JSON.stringify(report.diagnosticsState));
  return { report: { ...report, diagnosticsState: undefined }, diagnosticsState, lines: splitter.linesSeen };
}

// Both worker scripts load this module: only a range job runs it.
if (parentPort && (workerData as { kind?: string } | null)?.kind === 'range') {
  const port = parentPort;
  analyzeRange(workerData as RangeJob, (bytes) => port.postMessage({ kind: 'progress', bytes } satisfies RangeMessage)).then(
    (done) => port.postMessage({ kind: 'done', ...done } satisfies RangeMessage),
    (error: unknown) => port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies RangeMessage),
  );
}
