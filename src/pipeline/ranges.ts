import { open, type FileHandle } from 'node:fs/promises';

export interface ByteRange {
  start: number;
  /** Exclusive. */
  end: number;
}

/** A byte range of a file of `size` bytes. */
export interface FileRange extends ByteRange {
  size: number;
}

const PROBE = 64 * 1024;

/**
 * Where the first line that starts at or after `pos` begins: `pos` itself
 * when a line ends just before it, else just past the next line end (the
 * line that runs across `pos` belongs to the range before). `size` if none.
 */
async function lineStart(handle: FileHandle, pos: number, size: number, buffer: Buffer): Promise<number> {
  if (pos <= 0) return 0;
  let at = pos - 1;
  while (at < size) {
    const { bytesRead } = await handle.read(buffer, 0, PROBE, at);
    if (bytesRead === 0) break;
    const nl = buffer.subarray(0, bytesRead).indexOf(0x0a);
    if (nl !== -1) return Math.min(at + nl + 1, size);
    at += bytesRead;
  }
  return size;
}

/** The lines that start in bytes [start, end) of the file, as a line-aligned range. */
export async function alignRange(path: string, start: number, end: number, size: number): Promise<FileRange> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(PROBE);
    const from = await lineStart(handle, Math.min(start, size), size, buffer);
    const to = end >= size ? size : await lineStart(handle, end, size, buffer);
    return { start: from, end: Math.max(from, to), size };
  } finally {
    await handle.close();
  }
}

/** Bytes [start, end) of the i-th (from 1) of n equal ranges of a file. */
export function nthRange(index: number, count: number, size: number): ByteRange {
  return { start: Math.floor((size * (index - 1)) / count), end: Math.floor((size * index) / count) };
}

/**
 * Cuts a file into about `parts` ranges that each start at the beginning of a
 * line, so that workers can read them independently. Empty ranges (a line
 * longer than a part) are left out.
 */
export async function lineAlignedRanges(path: string, size: number, parts: number): Promise<FileRange[]> {
  const ranges: FileRange[] = [];
  for (let k = 1; k <= parts; k++) {
    const { start, end } = nthRange(k, parts, size);
    const range = await alignRange(path, start, end, size);
    if (range.end > range.start || (k === parts && ranges.length === 0)) ranges.push(range);
  }
  return ranges;
}
