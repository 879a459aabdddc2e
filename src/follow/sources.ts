import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { AppError } from '../errors.js';
import { sniffFormat } from '../input/source.js';
import type { FollowSource } from './follow-run.js';

const HEAD_BYTES = 4096;

function cannotFollow(name: string, what: string): AppError {
  return new AppError('BAD_OPTION', `${name}: ${what} cannot be followed; run analyze without --follow on it`);
}

/** The first bytes of a file, or an empty buffer when it cannot be read yet. */
async function head(file: string): Promise<Buffer> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return Buffer.alloc(0);
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * What each path is for --follow: '-' and FIFOs are read to their end, other
 * paths are followed by name (they need not exist yet). Only NDJSON can grow
 * line by line: gzip, HAR and JSON documents are usage errors.
 */
export async function followSources(paths: string[], stdin: Readable): Promise<FollowSource[]> {
  const out: FollowSource[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push({ kind: 'stream', name: '<stdin>', stream: stdin });
      continue;
    }
    if (/\.gz$/i.test(path)) throw cannotFollow(path, 'a gzip file');
    if (/\.har$/i.test(path)) throw cannotFollow(path, 'a HAR file');
    const st = await stat(path).catch(() => undefined);
    if (st?.isFIFO()) {
      out.push({ kind: 'stream', name: path, stream: createReadStream(path) });
      continue;
    }
    if (st?.isDirectory()) throw new AppError('BAD_OPTION', `${path} is a directory, not a log file`);
    const bytes = st ? await head(path) : Buffer.alloc(0);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) throw cannotFollow(path, 'a gzip file');
    if (bytes.length > 0) {
      const format = sniffFormat(bytes);
      if (format === 'har') throw cannotFollow(path, 'a HAR file');
      if (format === 'json') throw cannotFollow(path, 'a JSON document (not one record per line)');
    }
    out.push({ kind: 'file', name: path });
  }
  return out;
}
