import { readFileSync } from 'node:fs';

/** A file's lines as views of one Buffer read whole, without their line ends: for the in-process benches. */
export function fileLines(file) {
  const data = readFileSync(file);
  const lines = [];
  for (let at = 0; at < data.length; ) {
    let end = data.indexOf(10, at);
    if (end === -1) end = data.length;
    lines.push(data.subarray(at, end));
    at = end + 1;
  }
  return { data, lines };
}
