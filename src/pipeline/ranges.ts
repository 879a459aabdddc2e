import { open } from 'node:fs/promises';

export interface ByteRange {
  start: number;
  /** Exclusive. */
  end: number;
}

const PROBE = 64 * 1024;

/**
 * Cuts a file into about `parts` ranges that each start at the beginning of a
 * line, so that workers can read them independently.
 */
export async function lineAlignedRanges(path: string, size: number, parts: number): Promise<ByteRange[]> {
  const starts = [0];
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(PROBE);
    for (let k = 1; k < parts; k++) {
      let pos = Math.max(Math.floor((size * k) / parts), starts[starts.length - 1]!);
      let found = -1;
      while (found === -1 && pos < size) {
        const { bytesRead } = await handle.read(buffer, 0, PROBE, pos);
        if (bytesRead === 0) break;
        const nl = buffer.subarray(0, bytesRead).indexOf(0x0a);
        if (nl !== -1) found = pos + nl + 1;
        else pos += bytesRead;
      }
      if (found === -1 || found >= size) break;
      if (found > starts[starts.length - 1]!) starts.push(found);
    }
  } finally {
    await handle.close();
  }
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? size }));
}
