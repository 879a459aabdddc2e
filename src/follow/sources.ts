import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { AppError } from '../errors.js';
import { msg, type Unfollowable } from '../errors/words.js';
import { isGzip } from '../input/magic.js';
import { refusedHead } from '../input/not-a-log.js';
import { sniffFormat } from '../input/source.js';
import { detectEncoding } from '../input/text-encoding.js';
import type { FollowSource } from './follow-run.js';

const HEAD_BYTES = 4096;

function cannotFollow(name: string, what: Unfollowable): AppError {
  return new AppError('BAD_OPTION', msg('cannotFollow', { name, what }));
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

/** Only NDJSON grows line by line: gzip, archives, UTF-16, HAR and JSON documents are usage errors. */
function checkHead(name: string, bytes: Buffer): void {
  if (isGzip(bytes)) throw cannotFollow(name, 'gzip');
  const refused = refusedHead(bytes, name);
  if (refused) throw new AppError('BAD_OPTION', refused);
  // UTF-16 (PowerShell's `>`) or UTF-32, with or without a byte-order mark: its lines are not split on
  // single bytes (without the mark, the watch waited forever on lines it could not read).
  const encoding = detectEncoding(bytes);
  if (encoding) throw cannotFollow(name, encoding.startsWith('utf-32') ? 'utf32' : 'utf16');
  if (bytes.length === 0) return;
  const format = sniffFormat(bytes);
  if (format === 'har') throw cannotFollow(name, 'har');
  if (format === 'json') throw cannotFollow(name, 'json');
}

/**
 * A pipe is checked on its first bytes (waiting for them), then read from
 * those bytes on: nothing is lost to the check.
 */
async function checkedStream(name: string, stream: Readable): Promise<Readable> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let head = Buffer.alloc(0);
  try {
    const first = await chunks.next();
    if (!first.done) head = Buffer.from(first.value);
  } catch {
    // A pipe that fails at once: the reader meets the failure again and says so.
  }
  checkHead(name, head);
  const replay = async function* (): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    for (;;) {
      const next = await chunks.next();
      if (next.done) return;
      yield Buffer.from(next.value);
    }
  };
  const checked = Readable.from(replay(), { objectMode: false });
  // Stopping the watch stops the pipe under it, even while a read is waiting.
  checked.on('close', () => stream.destroy());
  return checked;
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
      out.push({ kind: 'stream', name: '<stdin>', stream: await checkedStream('<stdin>', stdin) });
      continue;
    }
    if (/\.gz$/i.test(path)) throw cannotFollow(path, 'gzip');
    if (/\.har$/i.test(path)) throw cannotFollow(path, 'har');
    const st = await stat(path).catch(() => undefined);
    if (st?.isFIFO()) {
      out.push({ kind: 'stream', name: path, stream: await checkedStream(path, createReadStream(path)) });
      continue;
    }
    if (st?.isDirectory()) throw new AppError('BAD_OPTION', msg('isDirectory', { name: path }));
    const bytes = st ? await head(path) : Buffer.alloc(0);
    checkHead(path, bytes);
    out.push({ kind: 'file', name: path });
  }
  return out;
}
