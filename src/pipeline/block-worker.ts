// A worker thread's entry point for blocks of a stream: it analyses each block it is sent, in turn.
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from './analyzer.js';
import { readBlock, type Block } from './read-block.js';
import { partToJSON, type PartJSON } from './worker-protocol.js';
import type { AnalyzeOptions } from './options.js';

/** One block analysed as an input of its own, as a part to merge. */
export function analyzeBlock(block: Block, options: AnalyzeOptions): PartJSON {
  const analyzer = new Analyzer(options);
  readBlock(analyzer, block);
  return partToJSON(analyzer.part());
}

const port = parentPort;
const options = (workerData as { blockOptions?: AnalyzeOptions } | null)?.blockOptions;
if (port && options) {
  port.on('message', (block: Block) => {
    try {
      port.postMessage({ kind: 'done', part: analyzeBlock(block, options) });
    } catch (error) {
      port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
}
