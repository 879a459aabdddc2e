/**
 * The memory an input's reading thread (read-worker.ts) and its reader share:
 * SLOTS slots of SLOT_BYTES, each filled with one chunk, and a few counters.
 * Shared memory is allocated once: chunks handed over as new buffers would be
 * new external memory on the reading thread, which V8 frees only with full
 * marks (see file-chunks.ts).
 */
export const SLOTS = 4;
export const SLOT_BYTES = 1 << 20;

/** Slot lengths that are not lengths: the end of the input, and a failure (its error follows as a message). */
export const END = -1;
export const FAILED = -2;

// Indexes into `counters`.
/** Slots filled so far (written by the reading thread). */
export const FILLED = 0;
/** Slots the reader is done with (written by the reader). */
export const TAKEN = 1;
/** 1 when the bytes read were gzip and the slots hold them inflated; set before the first slot is filled. */
export const GZIP = 2;
/** 1 once the reader wants no more (it stopped early: --max-bytes, a refused head): the thread ends. */
export const STOPPED = 3;

export interface RingMemory {
  data: SharedArrayBuffer;
  counters: SharedArrayBuffer;
  lengths: SharedArrayBuffer;
  /** Bytes read from the source so far (compressed ones for gzip), for progress and for a file that shrank. */
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
    counters: new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT),
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

/**
 * What the reading thread reads: a file by path, or an open descriptor (stdin's
 * pipe); `inflate` 'always' for a file known to be gzip, 'detect' to look at
 * the first bytes.
 */
export interface ReadJob {
  source: { path: string } | { fd: number };
  inflate: 'always' | 'detect' | 'never';
  /** A HAR's entries are found on the thread and handed on as frames (har/har-frames.ts). */
  har?: { maxEntryBytes: number };
  memory: RingMemory;
}

/** A failure as the reading thread reports it: what readError needs of an Error. */
export interface ReadFailure {
  code?: string;
  message: string;
}
