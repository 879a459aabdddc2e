import { open, type FileHandle } from 'node:fs/promises';
import type { Analyzer } from './analyzer.js';
import type { ByteRange, FileRange } from './ranges.js';
import { contextAfter, contextBefore, type Take } from './context-lines.js';
import { startRangeInput } from './range-input.js';

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
 * Bytes read on either side of a range as context: a request and its response
 * logged on either side of the cut pair up, in the range that holds the
 * response line (where a single pass puts the pair). A pair further apart
 * than this across a cut is counted as two calls.
 */
export const CONTEXT_BYTES = 4 * 1024 * 1024;

/** The whole lines just before the range, numbered up to 0 (the range's first line is 1). */
async function linesBefore(file: FileHandle, range: FileRange, maxLineBytes: number, take: Take): Promise<void> {
  if (range.start === 0) return;
  const from = Math.max(0, range.start - CONTEXT_BYTES);
  const buffer = Buffer.allocUnsafe(range.start - from);
  const { bytesRead } = await file.read(buffer, 0, buffer.length, from);
  contextBefore(buffer.subarray(0, bytesRead), from > 0, maxLineBytes, take);
}

/** The whole lines just after the range, numbered on from its last line. */
async function linesAfter(
  file: FileHandle,
  range: FileRange,
  last: number,
  maxLineBytes: number,
  take: Take,
): Promise<void> {
  const to = Math.min(range.size, range.end + CONTEXT_BYTES);
  if (to <= range.end) return;
  const buffer = Buffer.allocUnsafe(to - range.end);
  const { bytesRead } = await file.read(buffer, 0, buffer.length, range.end);
  contextAfter(buffer.subarray(0, bytesRead), last, to === range.size, maxLineBytes, take);
}

/**
 * Feeds the analyzer the lines of one line-aligned byte range of a plain
 * NDJSON file, as one input named `label` whose lines count from 1 at the
 * range's start; the input's `range` says where it lies, for merging. Lines
 * around the range are read as context only (see CONTEXT_BYTES).
 */
export async function readRange(
  analyzer: Analyzer,
  path: string,
  label: string,
  range: FileRange,
  onBytes: (n: number) => void,
): Promise<void> {
  const { state, splitter, feed, context, ownLinesRead } = startRangeInput(analyzer, label, false);
  const maxLineBytes = analyzer.options.maxLineBytes;
  let last = 0;
  let sinceReport = 0;
  const file = await open(path, 'r');
  try {
    await linesBefore(file, range, maxLineBytes, context);
    for await (const chunk of readAhead(file, range)) {
      feed(splitter.push(chunk));
      sinceReport += chunk.length;
      if (sinceReport >= 8 << 20) {
        onBytes(sinceReport);
        sinceReport = 0;
      }
    }
    feed(splitter.end());
    last = ownLinesRead();
    await linesAfter(file, range, last, maxLineBytes, context);
  } finally {
    await file.close();
  }
  onBytes(sinceReport);
  state.report.bytes = range.end - range.start;
  state.report.range = { start: range.start, end: range.end, size: range.size, lines: last };
  analyzer.finishInput(state);
}
