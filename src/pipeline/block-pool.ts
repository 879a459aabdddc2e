import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from './options.js';
import type { Block } from './read-block.js';
import type { PartJSON } from './worker-protocol.js';

type Reply = { kind: 'done'; part: PartJSON } | { kind: 'failed'; message: string };

/** One long-lived worker thread that analyses the blocks it is sent, answering in the order sent. */
export class BlockWorker {
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

  /** The block's bytes move to the worker (they are unusable here afterwards). */
  analyze(block: Block): Promise<PartJSON> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(block, [block.bytes.buffer as ArrayBuffer]);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
