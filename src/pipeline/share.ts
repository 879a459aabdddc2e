import { open } from 'node:fs/promises';

/**
 * One thread's share of an input that every thread reads from its start (a
 * gzip, a HAR): the records that start at decoded byte offsets [from, to).
 * Cutting by decoded offsets that each thread finds on its own needs no
 * index of the file, and only one cut per thread, as byte ranges have.
 */
export interface Share {
  from: number;
  /** Infinity for the last share, which reads to the end. */
  to: number;
}

/** What a share is read from: an opened input, decompressed. */
export interface ShareInput {
  name: string;
  chunks: AsyncIterable<Buffer>;
  gzip: boolean;
}

/** How a share's reading ended: the bytes seen, the lines of its own, and a read error, if any. */
export interface ShareEnd {
  size: number;
  lines: number;
  failure?: unknown;
}

/**
 * The main thread takes the last share and reads every byte before it too, so it gets less to analyse than a
 * worker: measured on the bench's HAR, where finding entries is a fifth of the work (bench/README.md).
 */
const MAIN_WEIGHT = 0.8;

/**
 * Threads for shares: at most one per core, since each share reads all bytes before it again; and only
 * when `--jobs` asks for them. A share costs 30-45% more CPU than one pass over the same bytes, and no
 * second thread has repaid that yet: on 2 cores at load 8 to 12 a 1 GB HAR took 25-27 s with two threads
 * against 17-19 s with one, and on an idle machine a 256 MB gzip took 2.10 s against 1.83 s, a 256 MB HAR
 * 1.89 s against 1.84 s (bench/README.md).
 */
export function shareThreads(jobs: number, auto: boolean, cores: number): number {
  if (auto) return 1;
  return Math.max(1, Math.min(jobs, cores));
}

/** `jobs` shares of about `size` decoded bytes; the main thread's (the last) is the smaller. */
export function sharesOf(size: number, jobs: number): Share[] {
  const unit = size / (jobs - 1 + MAIN_WEIGHT);
  return Array.from({ length: jobs }, (_, k) => ({
    from: Math.round(k * unit),
    to: k === jobs - 1 ? Number.POSITIVE_INFINITY : Math.round((k + 1) * unit),
  }));
}

/**
 * The decoded size of a file: gzip keeps it (modulo 4 GiB) in its last four bytes. A wrapped or
 * damaged value only makes the shares uneven; every thread cuts at the same offsets all the same.
 */
export async function decodedSize(path: string, size: number, gzip: boolean): Promise<number> {
  if (!gzip || size < 18) return size;
  const file = await open(path, 'r');
  try {
    const tail = Buffer.alloc(4);
    await file.read(tail, 0, 4, size - 4);
    const isize = tail.readUInt32LE(0);
    return isize >= size ? isize : size * 8;
  } finally {
    await file.close();
  }
}
