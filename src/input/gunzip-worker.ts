import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import {
  END,
  FAILED,
  FILLED,
  type GunzipFailure,
  type GunzipJob,
  ringOf,
  SLOT_BYTES,
  SLOTS,
  TAKEN,
} from './gunzip-ring.js';

// A gzip file's decompressing thread (gunzip-thread.ts): reads the file, inflates it and fills the ring's
// slots in turn, waiting while the reader holds them all.
const { path, memory } = workerData as GunzipJob;
const ring = ringOf(memory);
let filled = 0;
let ended = false;

function put(length: number, output?: Buffer): void {
  for (;;) {
    const taken = Atomics.load(ring.counters, TAKEN);
    if (filled - taken < SLOTS) break;
    Atomics.wait(ring.counters, TAKEN, taken);
  }
  const slot = filled % SLOTS;
  output?.copy(ring.data, slot * SLOT_BYTES);
  ring.lengths[slot] = length;
  Atomics.store(ring.counters, FILLED, ++filled);
  Atomics.notify(ring.counters, FILLED);
}

function fail(error: NodeJS.ErrnoException): void {
  if (ended) return;
  ended = true;
  const failure: GunzipFailure = { message: error.message };
  if (typeof error.code === 'string') failure.code = error.code;
  // The message goes first: the reader waits for it once it meets the FAILED slot.
  parentPort!.postMessage(failure);
  put(FAILED);
}

const file = createReadStream(path, { highWaterMark: SLOT_BYTES });
const gunzip = createGunzip({ chunkSize: SLOT_BYTES });
file.on('data', (chunk) => {
  ring.read[0]! += chunk.length;
});
file.on('error', fail);
gunzip.on('error', fail);
gunzip.on('data', (output: Buffer) => put(output.length, output));
gunzip.on('end', () => {
  if (ended) return;
  ended = true;
  put(END);
});
file.pipe(gunzip);
