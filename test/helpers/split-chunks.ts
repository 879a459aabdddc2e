import type { Message } from '../../src/errors/words.js';

interface Splitter {
  push(chunk: Buffer): {
    lines: Array<{ line: number; bytes: Buffer }>;
    oversized: Array<{ line: number; bytes: number }>;
  };
  end(): {
    lines: Array<{ line: number; bytes: Buffer }>;
    oversized: Array<{ line: number; bytes: number }>;
    truncated?: { line: number; reason: Message };
  };
}

/** What a line or value splitter gives for `chunks`: [line, text] of each record, the oversized, and the cut. */
export function splitChunks(s: Splitter, chunks: Buffer[]) {
  const lines: Array<[number, string]> = [];
  const oversized: Array<{ line: number; bytes: number }> = [];
  for (const c of [...chunks, undefined]) {
    const r = c === undefined ? s.end() : s.push(c);
    for (const l of r.lines) lines.push([l.line, l.bytes.toString('utf8')]);
    oversized.push(...r.oversized);
    if (c === undefined) return { lines, oversized, truncated: (r as ReturnType<Splitter['end']>).truncated };
  }
  throw new Error('unreachable');
}

/** `text` in chunks of `size` bytes. */
export function chunksOf(text: string, size: number): Buffer[] {
  const bytes = Buffer.from(text);
  return Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
}
