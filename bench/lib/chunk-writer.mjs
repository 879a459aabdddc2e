// Buffers text into ~1 MB chunks and writes them with backpressure, so a
// multi-gigabyte file never sits in memory.
import fs from 'node:fs';
import { once } from 'node:events';

export function createChunkWriter(path) {
  const out = fs.createWriteStream(path);
  let parts = [];
  let pending = 0;
  let bytes = 0;
  const flush = async () => {
    if (parts.length === 0) return;
    const chunk = parts.join('');
    parts = [];
    pending = 0;
    if (!out.write(chunk)) await once(out, 'drain');
  };
  return {
    /** Bytes accepted so far (UTF-8). */
    get bytes() {
      return bytes;
    },
    async write(text) {
      parts.push(text);
      const n = Buffer.byteLength(text);
      bytes += n;
      pending += n;
      if (pending >= 1 << 20) await flush();
    },
    async close() {
      await flush();
      out.end();
      await once(out, 'finish');
    },
  };
}
