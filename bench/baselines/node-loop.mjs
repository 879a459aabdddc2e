#!/usr/bin/env node
// Baseline: the fastest plain-Node NDJSON loop we know. 1 MB reads, split on
// newline bytes (keeping the tail), JSON.parse per line, count. Prints counts as JSON.
//   node bench/baselines/node-loop.mjs FILE [--parse-only]
// --parse-only stops after JSON.parse (no shape detection, no nested bodies): the
// ceiling for any tool that has to JSON.parse every line.
import fs from 'node:fs';
import { createCounter } from './count-exchange.mjs';

const file = process.argv[2];
const parseOnly = process.argv.includes('--parse-only');
if (!file) {
  console.error('usage: node-loop.mjs FILE');
  process.exit(2);
}
const counter = createCounter();

function handleLine(buf, start, end) {
  // Skip trailing \r and whitespace-only lines without decoding them.
  while (end > start && (buf[end - 1] === 13 || buf[end - 1] === 32 || buf[end - 1] === 9)) end--;
  let s = start;
  while (s < end && (buf[s] === 32 || buf[s] === 9)) s++;
  if (s === end) {
    counter.blank();
    return;
  }
  const text = buf.toString('utf8', s, end);
  let o;
  try {
    o = JSON.parse(text);
  } catch {
    counter.malformed();
    return;
  }
  if (!parseOnly) counter.value(o);
}

let rest = null;
for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
  let buf = chunk;
  let from = 0;
  if (rest) {
    buf = Buffer.concat([rest, chunk]);
    rest = null;
  }
  let nl;
  while ((nl = buf.indexOf(10, from)) !== -1) {
    handleLine(buf, from, nl);
    from = nl + 1;
  }
  if (from < buf.length) rest = buf.subarray(from);
}
if (rest && rest.length > 0) handleLine(rest, 0, rest.length);

process.stdout.write(`${JSON.stringify(counter.result())}\n`);
