#!/usr/bin/env node
// Baseline for HAR: the usual streaming answer with stream-json 3.8 (ESM,
// stream-chain 4). Tokens without string/number chunks (streamValues:false),
// pick log.entries, assemble one entry at a time, count. Prints counts as JSON.
//   node bench/baselines/stream-json-har.mjs FILE.har
import fs from 'node:fs';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { createCounter } from './count-exchange.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: stream-json-har.mjs FILE.har');
  process.exit(2);
}
const counter = createCounter();
const pipeline = chain([
  fs.createReadStream(file, { highWaterMark: 1 << 20 }),
  parser({ streamValues: false }),
  pick({ filter: 'log.entries' }),
  streamArray(),
]);
pipeline.on('data', ({ value }) => counter.harEntry(value));
pipeline.on('error', (err) => {
  console.error(`stream-json-har: ${err.message}`);
  process.exit(1);
});
pipeline.on('end', () => process.stdout.write(`${JSON.stringify(counter.result())}\n`));
