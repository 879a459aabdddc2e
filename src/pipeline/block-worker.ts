// A worker thread's entry point for blocks of a stream: it analyses each block it is sent, in turn.
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from './analyzer.js';
import { readBlock, type Block } from './read-block.js';
import { partToJSON } from './worker-protocol.js';
import type { AnalyzeOptions } from './options.js';

const port = parentPort;
const options = (workerData as { blockOptions?: AnalyzeOptions } | null)?.blockOptions;
if (port && options) {
  port.on('message', (block: Block) => {
    try {
      const analyzer = new Analyzer(options);
      readBlock(analyzer, block);
      port.postMessage({ kind: 'done', part: partToJSON(analyzer.part()) });
    } catch (error) {
      port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
}
