import { createReadStream, fstatSync, promises as fs } from 'node:fs';
import { platform } from 'node:os';
import type { Readable } from 'node:stream';
import { AppError } from '../errors.js';
import { msg } from '../errors/words.js';
import { reportText } from '../redact/index.js';
import { CHUNK_BYTES as CHUNK, FileChunks } from './file-chunks.js';
import { ReadThread } from './read-thread.js';

/**
 * What stdin is, when it is the process's own (not a stream a caller made): a pipe or a file a thread can
 * read, or a directory (`< /var/log`), which reads as nothing at all; else a stream to read here.
 */
function stdinKind(stdin: Readable): 'thread' | 'directory' | 'stream' {
  if ((stdin as { fd?: unknown }).fd !== 0) return 'stream';
  try {
    const stat = fstatSync(0);
    if (stat.isDirectory()) return 'directory';
    return (stat.isFIFO() || stat.isFile()) && platform() !== 'win32' ? 'thread' : 'stream';
  } catch {
    return 'stream';
  }
}

/** Where an input's bytes come from: one of a stream, a regular file, or stdin's reading thread. */
export interface Origin {
  name: string;
  size?: number;
  stream?: Readable;
  file?: FileChunks;
  stdinThread?: ReadThread;
}

/** Opens a path (a regular file, a FIFO...) or stdin ('-'); throws AppError for one that cannot be read. */
export async function openOrigin(path: string, stdin: Readable, readThread: boolean): Promise<Origin> {
  if (path === '-') {
    const name = '<stdin>';
    const kind = stdinKind(stdin);
    if (kind === 'directory') throw new AppError('INPUT_UNREADABLE', msg('isDirectory', { name }));
    return readThread && kind === 'thread'
      ? { name, stdinThread: new ReadThread({ fd: 0 }, 'detect') }
      : { name, stream: stdin };
  }
  // The name reaches every report and label: a path can hold a secret too.
  const name = reportText(path);
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new AppError('INPUT_UNREADABLE', msg('isDirectory', { name: path }));
    return stat.isFile()
      ? { name, size: stat.size, file: new FileChunks(path, CHUNK) }
      : { name, size: stat.size, stream: createReadStream(path, { highWaterMark: CHUNK }) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('INPUT_NOT_FOUND', msg('noSuchFile', { name: path }));
    throw new AppError('INPUT_UNREADABLE', msg('cannotRead', { name: path, code: code ?? 'error' }));
  }
}
