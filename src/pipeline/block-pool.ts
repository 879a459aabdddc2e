import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from './options.js';
import type { Block } from './read-block.js';
import type { PartJSON } from './worker-protocol.js';

type Reply = { kind: 'done'; part: PartJSON } | { kind: 'failed'; message: string };

/** One long-lived worker thread that analyses the blocks it is sent, answering in the order sent. */
class BlockWorker {
  private readonly worker: Worker;
  private readonly waiting: Array<{ resolve: (p: PartJSON) => void; reject: (e: Error) => void }> = [];

  constructor(options: AnalyzeOptions) {
    // A young generation of 3 x 8 MB semi-spaces, as on the main thread (see cli.ts).
    this.worker = new Worker(new URL('./block-worker.js', import.meta.url), {
      workerData: { blockOptions: options },
      resourceLimits: { maxYoungGenerationSizeMb: 24 },
    });
    this.worker.on('message', (m: Reply) => {
      const w = this.waiting.shift();
      if (m.kind === 'done') w?.resolve(m.part);
      else w?.reject(new Error(m.message));
    });
    const failAll = (error: Error): void => {
      for (const w of this.waiting.splice(0)) w.reject(error);
    };
    this.worker.on('error', failAll);
    this.worker.on('exit', (code) => failAll(new Error(`worker stopped with code ${code}`)));
  }

  get pending(): number {
    return this.waiting.length;
  }

  /** The buffers in `transfer` move to the worker (they are unusable here afterwards). */
  analyze(block: Block, transfer: ArrayBuffer[]): Promise<PartJSON> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(block, transfer);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Blocks a worker may have waiting besides the one it works on. The main thread analyses a block itself
 * when every worker has this many: it is one of the `--jobs` threads, and memory stays bounded.
 */
const QUEUE = 1;

/**
 * The threads that analyse the blocks of one input: `jobs - 1` workers, started on the first block
 * that is not the last, and the main thread. The caller holds each block's promised part, so that it
 * can merge parts as they come instead of keeping them all.
 */
export class BlockPool {
  private readonly workers: BlockWorker[] = [];

  constructor(
    private readonly jobs: number,
    private readonly options: AnalyzeOptions,
  ) {}

  /** Sends the block to the least busy worker with room, or runs `here` on this thread. */
  add(block: Block, transfer: ArrayBuffer[], here: () => PartJSON, last: boolean): Promise<PartJSON> {
    if (!last && this.workers.length === 0)
      for (let k = 1; k < this.jobs; k++) this.workers.push(new BlockWorker(this.options));
    let idlest: BlockWorker | undefined;
    for (const w of this.workers) if (w.pending <= QUEUE && (!idlest || w.pending < idlest.pending)) idlest = w;
    if (!idlest) return Promise.resolve(here());
    const result = idlest.analyze(block, transfer);
    result.catch(() => undefined);
    return result;
  }

  close(): Promise<number[]> {
    return Promise.all(this.workers.map((w) => w.close()));
  }
}
