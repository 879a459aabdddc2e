import type { Part } from './analyzer.js';
import { BlockPool } from './block-pool.js';
import { analyzeBlock } from './block-worker.js';
import { PartMerger, rangeLabel } from './merge.js';
import type { AnalyzeOptions } from './options.js';
import type { Block } from './read-block.js';
import { CONTEXT_BYTES } from './read-range.js';
import { partFromJSON, type PartJSON } from './worker-protocol.js';

/** Bytes per block handed to a worker: large enough that a part's merge costs little beside it. */
export const BLOCK_BYTES = 16 * 1024 * 1024;
/** A stream shorter than this is read on the main thread. */
export const MIN_STREAM_BYTES = 64 * 1024 * 1024;
/**
 * Off: on this 2-core machine a stream in blocks costs more than it gains. Its reports now equal one
 * pass's (the cuts keep what a retry or a call in flight across them needs, as byte ranges do), but
 * 256 MB piped in took 2.53 s, 4.38 CPU-s and 449 MB in blocks against 2.00 s, 2.78 CPU-s and 140 MB
 * on one thread beside the reading thread (bench/README.md, "Streams" and the sessions after it).
 */
export const STREAM_BLOCKS = false;

export type StreamOutcome =
  /** The stream was short: its chunks, to be read on this thread as usual. */
  | { replay: AsyncIterable<Buffer> }
  /** Read in blocks: the merged part, its line count, and the read error that ended it early, if any. */
  | { part: Part; lines: number; failure?: unknown };

interface Pending {
  bytes: Uint8Array;
  start: number;
}

const copyOf = (b: Uint8Array): Uint8Array => new Uint8Array(b);

/**
 * Reads a stream (stdin, decompressed gzip) and cuts it into line-aligned
 * blocks that `jobs - 1` workers and this thread analyse (BlockPool), each block with the bytes around it as
 * context, so pairs across a cut are matched as for byte ranges of a file;
 * the parts merge in stream order as ranges do. A block is sent on once the
 * next one is read (its context after).
 */
export async function analyzeStreamInBlocks(
  name: string,
  chunks: AsyncIterable<Buffer>,
  gzip: boolean,
  jobs: number,
  options: AnalyzeOptions,
  onChunk: () => void,
  sizes = { block: BLOCK_BYTES, min: MIN_STREAM_BYTES },
): Promise<StreamOutcome> {
  const iterator = chunks[Symbol.asyncIterator]();
  let carry: Buffer[] = [];
  let carried = 0;
  let failure: unknown;
  let ended = false;
  const pull = async (): Promise<void> => {
    try {
      const next = await iterator.next();
      if (next.done) ended = true;
      else {
        carry.push(next.value);
        carried += next.value.length;
        onChunk();
      }
    } catch (error) {
      failure = error;
      ended = true;
    }
  };
  while (!ended && carried < sizes.min) await pull();
  if (ended) {
    const head = carry;
    const error = failure;
    return {
      replay: (async function* () {
        yield* head;
        if (error !== undefined) throw error;
      })(),
    };
  }

  const pool = new BlockPool(jobs, options);
  let before: { bytes: Uint8Array; cut: boolean } = { bytes: new Uint8Array(0), cut: false };
  const send = (block: Pending, after: Uint8Array, nextIsLast: boolean, last: boolean): void => {
    const full: Block = {
      label: rangeLabel(name, block.start),
      start: block.start,
      bytes: block.bytes,
      before: before.bytes,
      beforeCut: before.cut,
      // A copy: a view would carry its whole buffer along.
      after: copyOf(after.subarray(0, CONTEXT_BYTES)),
      afterAtEnd: nextIsLast && after.length <= CONTEXT_BYTES,
      gzip,
    };
    before = { bytes: copyOf(block.bytes.subarray(-CONTEXT_BYTES)), cut: block.bytes.length > CONTEXT_BYTES };
    const result = pool.add(full, [block.bytes.buffer as ArrayBuffer], () => analyzeBlock(full, options), last);
    // Parts are merged in block order as they come: holding all of them until the end cost memory per block.
    merged = merged.then(async () => take(await result));
    merged.catch(() => undefined); // awaited at the end; until then a failure must not count as unhandled
  };
  const merger = new PartMerger();
  let lines = 0;
  let merged = Promise.resolve();
  const take = (part: PartJSON): void => {
    lines += part.summary.inputs.reduce((n, i) => n + (i.range?.lines ?? 0), 0);
    merger.add(part, part.summary.inputs, partFromJSON);
  };
  // The bytes carried, up to their last line end (all of them at the end), as one block of its own memory:
  // a large Buffer.concat owns its ArrayBuffer, which then moves to a worker; the rest is copied out first.
  const cut = (final: boolean): Pending | undefined => {
    const joined = Buffer.concat(carry, carried);
    const end = final ? joined.length : joined.lastIndexOf(0x0a) + 1;
    if (end === 0) return undefined;
    const owned = joined.byteOffset === 0 && joined.buffer.byteLength === joined.length;
    carry = end < joined.length ? [Buffer.from(joined.subarray(end))] : [];
    carried = joined.length - end;
    const bytes = owned ? new Uint8Array(joined.buffer, 0, end) : copyOf(joined.subarray(0, end));
    return { bytes, start: offset };
  };
  let offset = 0;
  let pending: Pending | undefined;
  try {
    for (;;) {
      const block = ended ? cut(true) : carried >= sizes.block ? cut(false) : undefined;
      if (block) {
        offset += block.bytes.length;
        if (pending) send(pending, block.bytes, ended, false);
        pending = block;
      }
      if (ended) break;
      // A line longer than a block stays carried until its end comes.
      await pull();
    }
    if (pending) send(pending, new Uint8Array(0), true, true);
    await merged;
    // The stream's size is known only now: blocks said 0, and merged as parts of one stream of that size.
    for (const input of merger.finish().summary.inputs) if (input.range?.size === 0) input.range.size = offset;
    return { part: merger.finish(), lines, failure };
  } finally {
    await pool.close();
  }
}
