#!/usr/bin/env node
// Baseline for stdin: what a script would do first, readline over the stream and JSON.parse per
// line, counting what parses. No analysis: a floor for any tool that reads a pipe line by line.
//   cat FILE | node bench/baselines/readline-loop.mjs
import readline from 'node:readline';

let parsed = 0;
let malformed = 0;
for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  try {
    JSON.parse(line);
    parsed++;
  } catch {
    malformed++;
  }
}
console.log(JSON.stringify({ parsed, malformed }));
