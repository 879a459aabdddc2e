import { open, type FileHandle } from 'node:fs/promises';
import { LineSplitter } from '../input/line-splitter.js';
import type { Analyzer } from './analyzer.js';
import type { ByteRange, FileRange } from './ranges.js';

const CHUNK = 1 << 20;

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

/**
 * Feeds the analyzer the lines of one line-aligned byte range of a plain
 * NDJSON file, as one input named `label` whose lines count from 1 at the
 * range's start; the input's `range` says where it lies, for merging.
 */
export async function readRange(
  analyzer: Analyzer,
  path: string,
  label: string,
  range: FileRange,
  onBytes: (n: number) => void,
): Promise<void> {
  const state = analyzer.startInput(label, 'ndjson', false);
  const splitter = new LineSplitter(analyzer.options.maxLineBytes);
  const feed = (r: ReturnType<LineSplitter['push']>): void => {
    for (const o of r.oversized) state.report.oversized.push(o);
    for (const l of r.lines) analyzer.line(state, l.bytes, l.line);
  };
  let sinceReport = 0;
  const file = await open(path, 'r');
  try {
    for await (const chunk of readAhead(file, range)) {
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
  state.report.bytes = range.end - range.start;
  state.report.range = { start: range.start, end: range.end, size: range.size, lines: splitter.linesSeen };
  analyzer.finishInput(state);
}
