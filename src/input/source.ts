import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { AppError } from '../errors.js';
import { msg } from '../errors/words.js';
import { decodeHead, detectEncoding, toUtf8 } from './text-encoding.js';
import { sniffBulkHeader } from './bulk/header.js';
import { CHUNK_BYTES as CHUNK } from './file-chunks.js';
import { isGzip } from './magic.js';
import { refusedHead } from './not-a-log.js';
import { openOrigin } from './origin.js';
import { ReadThread } from './read-thread.js';

/**
 * 'json': a top-level array of records, or pretty-printed values one after another.
 * 'text': plain log lines (Python's logging, syslog, docker), read for what they say.
 * 'bulk-failures': a bulk import's failure or warning file (csv, tsv or ssv).
 */
export type InputFormat = 'ndjson' | 'har' | 'json' | 'text' | 'bulk-failures';

/** An input opened for reading: decompressed bytes plus what the reporter needs to know. */
export interface OpenedInput {
  name: string;
  /** Size on disk, when the input is a file (for progress). */
  size?: number;
  gzip: boolean;
  /** UTF-16 or UTF-32 text handed on as UTF-8: byte offsets in the file are not offsets in `chunks`. */
  utf16: boolean;
  /** The first bytes after decompression (as UTF-8), for sniffing the format. */
  head: Buffer;
  /** All decompressed bytes, head included. */
  chunks: AsyncIterable<Buffer>;
  /** Bytes read from the file or stdin so far (compressed bytes for gzip). */
  bytesRead(): number;
  /** Stops reading, for an input that is handed to workers instead. */
  close(): void;
  /** The reader is done with each chunk when it asks for the next: a plain file's buffers are used again. */
  reuseMemory(): void;
}

/**
 * Opens a file path, or stdin when path is '-'. Throws AppError for a path that cannot be read.
 * Stdin's pipe or file, and a gzip file from `gzipThreadFrom` bytes, are read on a thread of their own
 * (read-thread.ts); `readThread: false` keeps them on this one (a share's worker, a thread itself).
 */
export async function openInput(
  path: string,
  stdin: Readable,
  {
    readThread = true,
    gzipThreadFrom = Number.POSITIVE_INFINITY,
  }: { readThread?: boolean; gzipThreadFrom?: number } = {},
): Promise<OpenedInput> {
  const { name, size, stream: raw, file, stdinThread } = await openOrigin(path, stdin, readThread);
  let read = 0;
  const rawIterator = (stdinThread?.chunks() ??
    file?.chunks() ??
    raw![Symbol.asyncIterator]()) as AsyncIterator<Buffer>;
  let firstFailure: unknown;
  const counted = async function* (first: Buffer | undefined): AsyncGenerator<Buffer> {
    if (firstFailure !== undefined) throw firstFailure;
    try {
      if (first && first.length > 0) yield first;
      for (;;) {
        const next = await rawIterator.next();
        if (next.done) return;
        const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
        read += chunk.length;
        yield chunk;
      }
    } finally {
      // A reader that stops before the end (a HAR broken early, --max-bytes) closes the file under it.
      await rawIterator.return?.();
    }
  };

  let first: Buffer | undefined;
  try {
    const next = await rawIterator.next();
    if (!next.done) first = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
  } catch (error) {
    // Stdin's gzip damaged at its start fails here on the thread: the reader meets it, as it would later on.
    if (stdinThread?.gzip()) firstFailure = error;
    else {
      const code = (error as NodeJS.ErrnoException).code;
      throw new AppError('INPUT_UNREADABLE', msg('cannotRead', { name, code: code ?? String(error) }));
    }
  }
  read += first?.length ?? 0;
  const gzip = stdinThread ? stdinThread.gzip() : first !== undefined && isGzip(first);
  // A large gzip file is inflated on a thread of its own, which reads the file itself from its start.
  const fileThread =
    gzip && file && readThread && (size ?? 0) >= gzipThreadFrom ? new ReadThread({ path }, 'always') : undefined;
  if (fileThread) {
    file?.stop();
    void rawIterator.return?.();
  }
  const thread = stdinThread ?? fileThread;
  const compressed = counted(first);
  const source = gzip && !thread ? Readable.from(compressed, { objectMode: false }) : undefined;
  const gunzip = source ? createGunzip({ chunkSize: CHUNK }) : undefined;
  let closed = false;
  if (source && gunzip) {
    // pipe() does not pass a read error on: the reader must meet it, and after close() nobody does.
    source.on('error', (error) => {
      if (!closed) gunzip.destroy(error);
    });
    source.pipe(gunzip);
  }
  const chunks: AsyncIterable<Buffer> = fileThread?.chunks() ?? gunzip ?? compressed;
  const bytesRead = (): number => (thread ? thread.bytesRead() : read);
  const close = (): void => {
    closed = true;
    thread?.stop();
    raw?.destroy();
    file?.stop();
    void rawIterator.return?.();
    source?.destroy();
    gunzip?.destroy();
  };

  // Sniffing needs decompressed bytes: take the first chunk and put it back in front.
  const iterator = chunks[Symbol.asyncIterator]();
  let head: Buffer = Buffer.alloc(0);
  // Gzip damaged before its first decompressed chunk: the reader meets the error, as it would later on.
  let headFailure: unknown;
  try {
    const headNext = await iterator.next();
    if (!headNext.done) head = headNext.value;
  } catch (error) {
    headFailure = error;
  }
  const replay = async function* (): AsyncGenerator<Buffer> {
    if (headFailure !== undefined) throw headFailure;
    try {
      if (head.length > 0) yield head;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // A reader that stops early (--max-bytes) ends the reading under it: a thread, a file handle.
      await iterator.return?.();
    }
  };
  const refused = refusedHead(head, name);
  if (refused) {
    close();
    throw new AppError('INPUT_UNREADABLE', refused);
  }
  const encoding = detectEncoding(head);
  if (encoding === undefined)
    return {
      name,
      size,
      gzip,
      utf16: false,
      head,
      chunks: replay(),
      bytesRead,
      close,
      reuseMemory: () => {
        // Gzip's input is queued in zlib (in this thread), and decoded text may keep a chunk's last bytes.
        if (thread) thread.reuseMemory();
        else if (!gzip) file?.reuseMemory();
      },
    };
  return {
    name,
    size,
    gzip,
    utf16: true,
    head: decodeHead(head, encoding),
    chunks: toUtf8(replay(), encoding),
    bytesRead,
    close,
    reuseMemory: () => undefined,
  };
}

/**
 * A HAR is one JSON document whose first key path is {"log": ...}; NDJSON is
 * a JSON value per line. Looks only at the first bytes.
 */
export function sniffFormat(head: Buffer): InputFormat {
  let text = head.subarray(0, 4096).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const trimmed = text.trimStart();
  if (sniffBulkHeader(trimmed.split('\n', 1)[0]!)) return 'bulk-failures';
  // A HAR's "log" holds an object; Docker's json-file lines ({"log":"a line\n","stream":..}) hold a string.
  if (/^\{\s*"log"\s*:\s*\{/.test(trimmed)) return 'har';
  // A pretty-printed document opens with a lone '{' on its first line: not NDJSON.
  if (/^\{\s*\n/.test(trimmed) && /"log"\s*:\s*\{/.test(trimmed)) return 'har';
  // util.inspect's records (winston's prettyPrint): unquoted or single-quoted keys; read as text lines that
  // join up again (printed-blocks.ts).
  if (/^\{[ \t]*\r?\n[ \t]+(?:[A-Za-z_$][\w$]*|'[^'\n]*'):/.test(trimmed)) return 'text';
  // A log export as one array, or `jq .` output: a value spread over lines is not NDJSON. So is an API's
  // answer written one record a line (`{"value":[` then a record and a comma a line): its first line ends open.
  if (opensJsonArray(trimmed) || /^\{\s*\r?\n/.test(trimmed) || OPEN_FIRST_LINE.test(trimmed)) return 'json';
  return mostlyText(head) ? 'text' : 'ndjson';
}

const TEXT_SNIFF_BYTES = 64 * 1024;

// `{"value":[` or `{"took":5,"hits":{"hits":[`: an object whose first line ends with a bracket or comma still open.
const OPEN_FIRST_LINE = /^\{[^\n]*[[{,][ \t]*\r?\n/;

// `[` then a JSON value: an array. `[2026-12-04 10:00:01] ERROR`, `[INFO]` or journalctl's `[    5.037000] host ...`
// (a number, then text after the bracket) opens a text line instead.
const JSON_ARRAY_START =
  /^\[\s*(?:[{["\]]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*(?:,|\][ \t]*(?:\r?\n|$))|true\b|false\b|null\b|$)/;

function opensJsonArray(text: string): boolean {
  return text.startsWith('[') && JSON_ARRAY_START.test(text);
}

/**
 * Plain text when most lines do not open a JSON value: Python's logging,
 * syslog, journald, docker or kubectl output with a time prefix. The last line
 * of the sample may be cut, so it is not looked at unless it is the only one.
 */
function mostlyText(head: Buffer): boolean {
  const lines = head.subarray(0, TEXT_SNIFF_BYTES).toString('utf8').split('\n');
  if (lines.length > 1) lines.pop();
  let json = 0;
  let text = 0;
  for (const line of lines) {
    const t = line.trimStart();
    if (t === '') continue;
    if (t[0] === '{' || opensJsonArray(t) || t.charCodeAt(0) === 0xfeff) json++;
    else text++;
  }
  return text > json;
}

/**
 * A HAR file read again from its start on a reading thread that finds its entries (har/har-frames.ts):
 * `opened` is closed, and the chunks are frames of entries, while bytesRead still counts the file's bytes.
 */
export function harOnThread(path: string, opened: OpenedInput, maxEntryBytes: number): OpenedInput {
  opened.close();
  const thread = new ReadThread({ path }, opened.gzip ? 'always' : 'never', { maxEntryBytes });
  return {
    ...opened,
    chunks: thread.chunks(),
    bytesRead: () => thread.bytesRead(),
    close: () => thread.stop(),
    reuseMemory: () => thread.reuseMemory(),
  };
}
