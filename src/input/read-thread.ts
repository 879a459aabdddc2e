import { Worker } from 'node:worker_threads';
import {
  END,
  FAILED,
  FILLED,
  GZIP,
  newRingMemory,
  type ReadFailure,
  type ReadJob,
  type Ring,
  ringOf,
  SLOT_BYTES,
  SLOTS,
  STOPPED,
  TAKEN,
} from './ring.js';

/**
 * An input read (and inflated, for gzip) on a thread of its own (read-worker.ts)
 * while this one analyses: both cores work, and the bytes arrive in shared
 * memory instead of a new buffer per chunk. Chunks are copies until the reader
 * calls `reuseMemory()` (it is done with a chunk when it asks for the next);
 * then they are views into the ring.
 */
export class ReadThread {
  /** Threads started in this process, so that a test can tell which inputs got one. */
  static started = 0;
  private readonly ring: Ring;
  private readonly worker: Worker;
  private readonly failure: Promise<Error>;
  private exited = false;
  private reuse = false;

  constructor(source: ReadJob['source'], inflate: ReadJob['inflate'], har?: ReadJob['har']) {
    const memory = newRingMemory();
    this.ring = ringOf(memory);
    const job: ReadJob = { source, inflate, memory };
    if (har) job.har = har;
    ReadThread.started++;
    this.worker = new Worker(new URL('./read-worker.js', import.meta.url), {
      workerData: job,
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    this.failure = new Promise((resolve) => {
      this.worker.once('message', (m: ReadFailure) => resolve(Object.assign(new Error(m.message), { code: m.code })));
      this.worker.once('error', (error) => resolve(error));
    });
    // The thread keeps the process alive only while the reader waits for it (see chunks()): a reader that
    // stopped early must not leave a process that cannot exit.
    this.worker.unref();
    this.worker.once('exit', () => {
      this.exited = true;
      // Wakes a reader that waits for a slot a thread that stopped will never fill.
      Atomics.notify(this.ring.counters, FILLED);
    });
  }

  /** Bytes read from the source so far (compressed ones for gzip). */
  bytesRead(): number {
    return this.ring.read[0]!;
  }

  /** Whether the source was gzip: known once a chunk, the end or a failure has come. */
  gzip(): boolean {
    return Atomics.load(this.ring.counters, GZIP) === 1;
  }

  reuseMemory(): void {
    this.reuse = true;
  }

  stop(): void {
    // Wakes a thread that waits for a free slot, so that it sees it is to end.
    Atomics.store(this.ring.counters, STOPPED, 1);
    Atomics.notify(this.ring.counters, TAKEN);
    void this.worker.terminate();
  }

  async *chunks(): AsyncGenerator<Buffer> {
    const { counters, lengths, data } = this.ring;
    let taken = 0;
    try {
      for (;;) {
        const filled = Atomics.load(counters, FILLED);
        if (taken === filled) {
          if (this.exited) throw await this.keptAlive(this.failureOrStop());
          const wait = Atomics.waitAsync(counters, FILLED, filled);
          if (wait.async) {
            // A pending waitAsync does not keep the event loop alive; the thread does, for this while.
            this.worker.ref();
            await wait.value;
            this.worker.unref();
          }
          continue;
        }
        const slot = taken % SLOTS;
        const length = lengths[slot]!;
        if (length === END) return;
        // The thread posted its failure before this slot, but the message may still be on its way.
        if (length === FAILED) throw await this.keptAlive(this.failure);
        const view = data.subarray(slot * SLOT_BYTES, slot * SLOT_BYTES + length);
        yield this.reuse ? view : Buffer.from(view);
        // Asked for the next chunk: the reader is done with this slot.
        Atomics.store(counters, TAKEN, ++taken);
        Atomics.notify(counters, TAKEN);
      }
    } finally {
      this.stop();
    }
  }

  /** Awaits what the thread sends: a message on its way keeps the process alive only while the thread is ref'd. */
  private async keptAlive<T>(promise: Promise<T>): Promise<T> {
    this.worker.ref();
    try {
      return await promise;
    } finally {
      this.worker.unref();
    }
  }

  /** The thread's own failure, or one saying it stopped without a word. */
  private failureOrStop(): Promise<Error> {
    return Promise.race([this.failure, Promise.resolve(new Error('the reading thread stopped'))]);
  }
}
