/**
 * The memory a gzip file's decompressing thread and its reader share: SLOTS
 * slots of SLOT_BYTES, each filled with one chunk of gunzip's output, and a few
 * counters. Shared memory is allocated once: chunks handed over as new buffers
 * would be new external memory on the reading thread, which V8 frees only with
 * full marks (see file-chunks.ts).
 */
export const SLOTS = 4;
export const SLOT_BYTES = 1 << 20;

/** Slot lengths that are not lengths: the end of the output, and a failure (its error follows as a message). */
export const END = -1;
export const FAILED = -2;

// Indexes into `counters`.
/** Slots filled so far (written by the decompressing thread). */
export const FILLED = 0;
/** Slots the reader is done with (written by the reader). */
export const TAKEN = 1;

export interface RingMemory {
  data: SharedArrayBuffer;
  counters: SharedArrayBuffer;
  lengths: SharedArrayBuffer;
  /** Compressed bytes read so far, for progress and for a file that shrank while read. */
  read: SharedArrayBuffer;
}

export interface Ring {
  data: Buffer;
  counters: Int32Array;
  lengths: Int32Array;
  read: Float64Array;
}

export function newRingMemory(): RingMemory {
  return {
    data: new SharedArrayBuffer(SLOTS * SLOT_BYTES),
    counters: new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT),
    lengths: new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT),
    read: new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT),
  };
}

export function ringOf(memory: RingMemory): Ring {
  return {
    data: Buffer.from(memory.data),
    counters: new Int32Array(memory.counters),
    lengths: new Int32Array(memory.lengths),
    read: new Float64Array(memory.read),
  };
}

/** What the decompressing thread is given. */
export interface GunzipJob {
  path: string;
  memory: RingMemory;
}

/** A failure as the decompressing thread reports it: what readError needs of an Error. */
export interface GunzipFailure {
  code?: string;
  message: string;
}
