import type { Analyzer } from './analyzer.js';
import { contextAfter, contextBefore } from './context-lines.js';
import { rangeLabel } from './merge.js';
import { startRangeInput } from './range-input.js';
import { CONTEXT_BYTES } from './read-range.js';
import type { Share, ShareEnd, ShareInput } from './share.js';

const LF = 0x0a;

/** The last `limit` bytes of what was pushed, holding whole chunks (a chunk is not reused by its stream). */
class Tail {
  private chunks: Buffer[] = [];
  private bytes = 0;

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    while (this.chunks.length > 1 && this.bytes - this.chunks[0]!.length >= this.limit)
      this.bytes -= this.chunks.shift()!.length;
  }

  last(): Buffer {
    const all = Buffer.concat(this.chunks, this.bytes);
    return all.subarray(Math.max(0, all.length - this.limit));
  }
}

/**
 * Reads NDJSON from its start and analyses the lines that start in the share,
 * as one input named as a byte range (lines from 1), with the lines around it
 * as context, as readRange does for a byte range of a plain file: a request and
 * its response on either side of a cut pair up. Stops once the context after
 * the share is read.
 */
export async function readLineShare(
  analyzer: Analyzer,
  { name, chunks, gzip }: ShareInput,
  share: Share,
  onChunk: () => void,
): Promise<ShareEnd> {
  const maxLineBytes = analyzer.options.maxLineBytes;
  const before = new Tail(CONTEXT_BYTES);
  const after: Buffer[] = [];
  let afterBytes = 0;
  let pos = 0;
  let start = -1;
  let end = -1;
  let part: ReturnType<typeof startRangeInput> | undefined;
  let last = 0;
  const begin = (at: number): void => {
    start = at;
    part = startRangeInput(analyzer, rangeLabel(name, at), gzip);
    contextBefore(before.last(), at > CONTEXT_BYTES, maxLineBytes, part.context);
  };
  const finishOwn = (at: number): void => {
    end = at;
    part!.feed(part!.splitter.end());
    last = part!.ownLinesRead();
  };
  let lastWasLF = false;
  // The first line start (0, and the byte after each line end) at or after `offset` and at or after `from` in
  // `chunk`, as an index into `chunk` (its length: the next chunk's first byte), or -1 when not in it.
  const lineStart = (chunk: Buffer, from: number, offset: number): number => {
    const j = Math.max(from, offset - pos);
    if (j > chunk.length) return -1;
    if (j === 0 ? pos === 0 || lastWasLF : chunk[j - 1] === LF) return j;
    const nl = chunk.indexOf(LF, j);
    return nl === -1 ? -1 : nl + 1;
  };
  if (share.from === 0) begin(0);
  let failure: unknown;
  try {
    for await (const chunk of chunks) {
      onChunk();
      let at = 0;
      if (start < 0) {
        at = lineStart(chunk, 0, share.from);
        before.push(at === -1 ? chunk : chunk.subarray(0, at));
        if (at !== -1) begin(pos + at);
      }
      if (start >= 0 && end < 0 && at !== -1) {
        const stop = share.to === Number.POSITIVE_INFINITY ? -1 : lineStart(chunk, at, share.to);
        part!.feed(part!.splitter.push(stop === -1 ? chunk.subarray(at) : chunk.subarray(at, stop)));
        if (stop !== -1) {
          finishOwn(pos + stop);
          at = stop;
        }
      }
      if (end >= 0 && at !== -1) {
        after.push(chunk.subarray(at));
        afterBytes += chunk.length - at;
      }
      pos += chunk.length;
      lastWasLF = chunk.length > 0 ? chunk[chunk.length - 1] === LF : lastWasLF;
      if (afterBytes > CONTEXT_BYTES) break;
    }
  } catch (error) {
    failure = error;
  }
  if (start < 0) begin(pos);
  if (end < 0) finishOwn(pos);
  const atEnd = afterBytes <= CONTEXT_BYTES;
  contextAfter(Buffer.concat(after).subarray(0, CONTEXT_BYTES), last, atEnd, maxLineBytes, part!.context);
  const { state } = part!;
  state.report.bytes = end - start;
  state.report.range = { start, end, size: 0, lines: last };
  analyzer.finishInput(state);
  return { size: pos, lines: last, failure };
}
