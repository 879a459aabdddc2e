import type { Analyzer } from './analyzer.js';
import { contextAfter, contextBefore } from './context-lines.js';
import { startRangeInput } from './range-input.js';

/**
 * One line-aligned block of a stream (stdin, decompressed gzip) held in
 * memory, with copies of the bytes around it as context: what a byte range is
 * for a file, for an input that can only be read once.
 */
export interface Block {
  label: string;
  /** Offset of its first byte in the (decompressed) stream. */
  start: number;
  bytes: Uint8Array;
  /** Up to CONTEXT_BYTES just before it, and whether they begin mid-line. */
  before: Uint8Array;
  beforeCut: boolean;
  /** Up to CONTEXT_BYTES just after it, and whether the stream ends there. */
  after: Uint8Array;
  afterAtEnd: boolean;
  gzip: boolean;
}

const view = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/**
 * Feeds the analyzer the lines of one block as an input named `label` whose
 * lines count from 1; its `range` says where it lies (the stream's size is
 * not known yet: 0 until the caller sets it), for merging as ranges are.
 */
export function readBlock(analyzer: Analyzer, block: Block): void {
  const { state, splitter, feed, context, ownLinesRead } = startRangeInput(analyzer, block.label, block.gzip);
  const maxLineBytes = analyzer.options.maxLineBytes;
  contextBefore(view(block.before), block.beforeCut, maxLineBytes, context);
  feed(splitter.push(view(block.bytes)));
  feed(splitter.end());
  const last = ownLinesRead();
  contextAfter(view(block.after), last, block.afterAtEnd, maxLineBytes, context);
  const end = block.start + block.bytes.byteLength;
  state.report.bytes = block.bytes.byteLength;
  state.report.range = { start: block.start, end, size: 0, lines: last };
  analyzer.finishInput(state);
}
