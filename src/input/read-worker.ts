import { createReadStream, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { endFrame, FRAME_ENTRY, FRAME_OVERSIZED, frameHeader } from './har/har-frames.js';
import { HarScanner } from './har/scanner.js';
import { FileChunks } from './file-chunks.js';
import { isGzip } from './magic.js';
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

/** The next slot, once the reader has given it back. */
function freeSlot(): number {
  for (;;) {
    stopIfAsked();
    const taken = Atomics.load(ring.counters, TAKEN);
    if (filled - taken < SLOTS) return filled % SLOTS;
    Atomics.wait(ring.counters, TAKEN, taken);
  }
}

function publish(slot: number, length: number): void {
  ring.lengths[slot] = length;
  Atomics.store(ring.counters, FILLED, ++filled);
  Atomics.notify(ring.counters, FILLED);
}

/** A slot that holds no bytes but says how the input ended (END, FAILED). */
function putEnd(length: number): void {
  publish(freeSlot(), length);
}

/** Bytes written one after another across the slots, a slot handed on once full or flushed. */
class SlotWriter {
  private slot = -1;
  private used = 0;

  write(bytes: Buffer): void {
    for (let at = 0; at < bytes.length; ) {
      if (this.slot < 0) [this.slot, this.used] = [freeSlot(), 0];
      const n = Math.min(SLOT_BYTES - this.used, bytes.length - at);
      bytes.copy(ring.data, this.slot * SLOT_BYTES + this.used, at, at + n);
      this.used += n;
      at += n;
      if (this.used === SLOT_BYTES) this.flush();
    }
  }

  flush(): void {
    if (this.slot >= 0 && this.used > 0) publish(this.slot, this.used);
    this.slot = -1;
  }
}

/** Scans a HAR's bytes for its entries and writes them as frames; the scanner's end comes last, even on a failure. */
async function writeHarFrames(bytes: AsyncIterable<Buffer>, maxEntryBytes: number): Promise<void> {
  const scanner = new HarScanner({ maxEntryBytes });
  const out = new SlotWriter();
  const oversized = (): void => {
    for (const o of scanner.takeOversized()) {
      out.write(frameHeader(FRAME_OVERSIZED, o.line, o.entry, o.head.length, o.bytes));
      out.write(o.head);
    }
  };
  try {
    for await (const chunk of bytes) {
      for (const e of scanner.push(chunk)) {
        out.write(frameHeader(FRAME_ENTRY, e.line, e.entry, e.bytes.length, e.offset));
        out.write(e.bytes);
      }
      oversized();
      if (scanner.failed) break;
    }
  } finally {
    const end = scanner.end();
    oversized();
    out.write(endFrame(end));
    out.flush();
  }
}

function fail(error: NodeJS.ErrnoException | typeof STOP): void {
  if (ended || error === STOP) return;
  ended = true;
  const failure: ReadFailure = { message: error.message };
  if (typeof error.code === 'string') failure.code = error.code;
  // The message goes first: the reader waits for it once it meets the FAILED slot.
  parentPort!.postMessage(failure);
  putEnd(FAILED);
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

/** A file's bytes: into two buffers that take turns when nothing is inflated (what is kept of them is copied). */
function fileChunks(path: string): AsyncIterable<Buffer> {
  if (job.inflate !== 'never') return createReadStream(path, { highWaterMark: SLOT_BYTES });
  const file = new FileChunks(path, SLOT_BYTES);
  file.reuseMemory();
  return file.chunks();
}

async function* counted(source: AsyncIterable<Buffer> | Iterable<Buffer>): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    ring.read[0]! += chunk.length;
    yield chunk;
  }
}

async function main(): Promise<void> {
  const from = job.source;
  const bytes = counted('path' in from ? fileChunks(from.path) : descriptorChunks(from.fd));
  const first = await bytes.next();
  const head = first.done ? undefined : first.value;
  const gzip = job.inflate === 'always' || (job.inflate === 'detect' && head !== undefined && isGzip(head));
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
  if (job.har) await writeHarFrames(output, job.har.maxEntryBytes);
  else {
    // A chunk as it came (a pipe's read, a megabyte of gzip's output), so the reader sees it when it is there.
    const out = new SlotWriter();
    for await (const chunk of output) {
      out.write(chunk);
      out.flush();
    }
  }
  if (!ended) {
    ended = true;
    putEnd(END);
  }
}

main().catch(fail);
