import { createReadStream, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import {
  END,
  FAILED,
  FILLED,
  GZIP,
  type ReadFailure,
  type ReadJob,
  ringOf,
  SLOT_BYTES,
  SLOTS,
  STOPPED,
  TAKEN,
} from './ring.js';

// An input's reading thread (read-thread.ts): reads a file or stdin's pipe, inflates gzip, and fills the
// ring's slots in turn, waiting while the reader holds them all.
const job = workerData as ReadJob;
const ring = ringOf(job.memory);
let filled = 0;
let ended = false;

// Thrown to unwind when the reader has stopped: a thread blocked in Atomics.wait does not end on terminate().
const STOP = Symbol('stopped');

function stopIfAsked(): void {
  if (Atomics.load(ring.counters, STOPPED) === 1) throw STOP;
}

function put(length: number, bytes?: Buffer): void {
  for (;;) {
    stopIfAsked();
    const taken = Atomics.load(ring.counters, TAKEN);
    if (filled - taken < SLOTS) break;
    Atomics.wait(ring.counters, TAKEN, taken);
  }
  const slot = filled % SLOTS;
  bytes?.copy(ring.data, slot * SLOT_BYTES);
  ring.lengths[slot] = length;
  Atomics.store(ring.counters, FILLED, ++filled);
  Atomics.notify(ring.counters, FILLED);
}

function fail(error: NodeJS.ErrnoException | typeof STOP): void {
  if (ended || error === STOP) return;
  ended = true;
  const failure: ReadFailure = { message: error.message };
  if (typeof error.code === 'string') failure.code = error.code;
  // The message goes first: the reader waits for it once it meets the FAILED slot.
  parentPort!.postMessage(failure);
  put(FAILED);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A descriptor's bytes in chunks of up to a slot, read blocking on this thread: a pipe gives at most
 * 64 kB a read, and a slot per read would cost the reader a hand-over each. A pipe the main thread's
 * stdin stream has opened is non-blocking: an empty pipe answers EAGAIN, and what was read goes on, or
 * the read is tried again after a growing pause.
 */
function* descriptorChunks(fd: number): Generator<Buffer> {
  let waitMs = 0;
  let buffer = Buffer.allocUnsafe(SLOT_BYTES);
  let have = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, have, SLOT_BYTES - have, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      if (have > 0) {
        yield buffer.subarray(0, have);
        [buffer, have] = [Buffer.allocUnsafe(SLOT_BYTES), 0];
        continue;
      }
      waitMs = Math.min(Math.max(waitMs * 2, 0.1), 20);
      Atomics.wait(pause, 0, 0, waitMs);
      stopIfAsked();
      continue;
    }
    waitMs = 0;
    have += n;
    if (n > 0 && have < SLOT_BYTES) continue;
    if (have > 0) yield buffer.subarray(0, have);
    if (n === 0) return;
    [buffer, have] = [Buffer.allocUnsafe(SLOT_BYTES), 0];
  }
}

async function* counted(source: AsyncIterable<Buffer> | Iterable<Buffer>): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    ring.read[0]! += chunk.length;
    yield chunk;
  }
}

async function main(): Promise<void> {
  const from = job.source;
  const bytes = counted(
    'path' in from ? createReadStream(from.path, { highWaterMark: SLOT_BYTES }) : descriptorChunks(from.fd),
  );
  const first = await bytes.next();
  const head = first.done ? undefined : first.value;
  const gzip = job.inflate === 'always' || (head !== undefined && head[0] === 0x1f && head[1] === 0x8b);
  if (gzip) Atomics.store(ring.counters, GZIP, 1);
  async function* all(): AsyncGenerator<Buffer> {
    if (head) yield head;
    yield* bytes;
  }
  let output: AsyncIterable<Buffer> = all();
  if (gzip) {
    const gunzip = createGunzip({ chunkSize: SLOT_BYTES });
    const input = Readable.from(output, { objectMode: false });
    // pipe() does not pass a read error on.
    input.on('error', (error) => gunzip.destroy(error));
    output = input.pipe(gunzip);
  }
  for await (const chunk of output) {
    for (let at = 0; at < chunk.length; at += SLOT_BYTES) {
      const part = chunk.subarray(at, at + SLOT_BYTES);
      put(part.length, part);
    }
  }
  if (!ended) {
    ended = true;
    put(END);
  }
}

main().catch(fail);
