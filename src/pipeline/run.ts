import { countOversized } from './input-state.js';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { AppError } from '../errors.js';
import { msg, type Message } from '../errors/words.js';
import { HarScanner } from '../input/har/scanner.js';
import { harFrameRecords, harRecords, type RecordSplitter } from './har-records.js';
import { JsonValueSplitter } from '../input/json-values.js';
import { LineSplitter, type Line } from '../input/line-splitter.js';
import { limitBytes } from '../input/byte-limit.js';
import { harOnThread, openInput, sniffFormat, type OpenedInput } from '../input/source.js';
import { Analyzer, type ExchangeListener, type InputState } from './analyzer.js';
import type { AnalyzeOptions } from './options.js';
import { analyzeFilesInWorkers, analyzeInRanges, filesOnWorkers, rangesPay } from './parallel.js';
import { cutShort, markTruncated, readError, shrank, truncatedAt, type Truncated } from './input-cut.js';
import { readInBlocks } from './read-in-blocks.js';

export interface Progress {
  name: string;
  bytesRead: number;
  /** Total bytes of the input, when it is a file. */
  size?: number;
}

export interface RunHooks {
  onProgress?: (progress: Progress) => void;
  /** An input that could not be opened or read to its end: a one-line reason. */
  /** `words`: the problem as an AppError puts it, for the CLI to say in the language of the command. */
  onInputProblem?: (name: string, message: string, words?: Message) => void;
  onExchange?: ExchangeListener;
}

/** Sizes on disk (0 for a file that cannot be read: the one-by-one path says why). */
function sizesOf(paths: string[]): Promise<Array<{ size: number; gzip: boolean }>> {
  return Promise.all(
    paths.map((p) =>
      stat(p).then(
        (s) => ({ size: s.size, gzip: /\.gz$/i.test(p) }),
        () => ({ size: 0, gzip: false }),
      ),
    ),
  );
}

/**
 * Reads every input in turn and feeds the analyzer. A bad input is reported
 * and marked incomplete; the other inputs are still analysed.
 */
export async function runAnalysis(
  paths: string[],
  stdin: Readable,
  options: AnalyzeOptions,
  hooks: RunHooks = {},
): Promise<Analyzer> {
  const analyzer = new Analyzer(options, hooks.onExchange);
  if (!paths.includes('-') && !hooks.onExchange && filesOnWorkers(await sizesOf(paths), options)) {
    await readFilesInWorkers(analyzer, paths, options, hooks);
    return analyzer;
  }
  for (const path of paths) {
    let opened: OpenedInput;
    try {
      // --jobs 1 keeps the whole run on one thread, the reading of gzip and stdin included.
      opened = await openInput(path, stdin, {
        readThread: options.jobs > 1,
        gzipThreadFrom: options.readingThreadFrom.gzip,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const state = analyzer.startInput(path === '-' ? '<stdin>' : path, options.inputFormat ?? 'ndjson', false);
      const cut: Truncated = { line: 0, reason: error.message, words: error.words };
      analyzer.finishInput(state, cut);
      hooks.onInputProblem?.(state.report.name, error.message, error.words);
      continue;
    }
    const format = options.inputFormat ?? sniffFormat(opened.head);
    const withinLimit = options.maxBytes === undefined || (opened.size ?? Infinity) <= options.maxBytes;
    if (
      format === 'ndjson' &&
      !opened.gzip &&
      !opened.utf16 &&
      opened.size !== undefined &&
      rangesPay(opened.size, options) &&
      !hooks.onExchange &&
      withinLimit
    ) {
      opened.close();
      let bytes = 0;
      const results = await analyzeInRanges(path, opened.name, opened.size, options.jobs, options, (n) => {
        bytes += n;
        hooks.onProgress?.({ name: opened.name, bytesRead: bytes, size: opened.size });
      });
      analyzer.absorb(results);
      // Workers read up to the size seen at the start: a file cut since then left ranges short.
      const cut = shrank(
        opened,
        0,
        await stat(path).then(
          (s) => s.size,
          () => 0,
        ),
      );
      if (cut) {
        markTruncated(analyzer.summary, opened.name, cut);
        cutShort(hooks, opened.name, cut);
      }
      continue;
    }
    if (await readInBlocks(analyzer, path, opened, format, options, hooks)) continue;
    const cap = options.maxLineBytes;
    // A large HAR file's entries are found on a reading thread (no --max-bytes: it counts the file's bytes).
    const framed =
      format === 'har' &&
      path !== '-' &&
      options.jobs > 1 &&
      options.maxBytes === undefined &&
      harThreadPays(opened, options.readingThreadFrom.har);
    if (framed) opened = harOnThread(path, opened, cap);
    const state = analyzer.startInput(opened.name, format, opened.gzip);
    // Every splitter copies what it keeps of a chunk before it asks for the next.
    opened.reuseMemory();
    const limit = options.maxBytes === undefined ? undefined : limitBytes(opened.chunks, options.maxBytes);
    const source: Source = {
      ...opened,
      chunks: limit?.chunks ?? opened.chunks,
      limit: options.maxBytes,
      exceeded: () => limit?.exceeded === true,
    };
    const truncated =
      format === 'har'
        ? await readRecords(
            state,
            source,
            hooks,
            framed ? harFrameRecords() : harRecords(new HarScanner({ maxEntryBytes: cap })),
            (e) => analyzer.harEntry(state, e.bytes, e.line, e.entry),
          )
        : format === 'bulk-failures'
          ? await readRecords(state, source, hooks, new LineSplitter(cap), (l) =>
              analyzer.bulkLine(state, l.bytes, l.line),
            )
          : await readRecords(
              state,
              source,
              hooks,
              format === 'json' ? new JsonValueSplitter(cap) : new LineSplitter(cap),
              (l) => analyzer.line(state, l.bytes, l.line),
            );
    state.report.bytes = opened.bytesRead();
    analyzer.finishInput(state, truncated);
    const stopped = state.report.truncated;
    if (stopped) cutShort(hooks, opened.name, stopped);
  }
  return analyzer;
}

/** Several files: one per worker thread at a time, merged in the order given. */
async function readFilesInWorkers(
  analyzer: Analyzer,
  paths: string[],
  options: AnalyzeOptions,
  hooks: RunHooks,
): Promise<void> {
  const size = (
    await Promise.all(
      paths.map((p) =>
        stat(p).then(
          (s) => s.size,
          () => 0,
        ),
      ),
    )
  ).reduce((a, b) => a + b, 0);
  const name = `${paths.length} files`;
  let bytes = 0;
  const results = await analyzeFilesInWorkers(paths, options.jobs, options, (n) => {
    bytes += n;
    hooks.onProgress?.({ name, bytesRead: bytes, size });
  });
  for (const r of results) {
    analyzer.absorb(r);
    for (const [input, message, words] of r.problems) hooks.onInputProblem?.(input, message, words);
  }
}

/** An opened input as read: its chunks may stop at --max-bytes. */
interface Source extends OpenedInput {
  limit?: number;
  exceeded(): boolean;
}

/** Reads every chunk into the splitter and hands each record to `take`; says where the input stopped early. */
async function readRecords<R extends Line>(
  state: InputState,
  opened: Source,
  hooks: RunHooks,
  splitter: RecordSplitter<R>,
  take: (record: R) => void,
): Promise<Truncated | undefined> {
  const feed = (result: ReturnType<RecordSplitter<R>['push']>): void => {
    for (const o of result.oversized ?? []) countOversized(state.report, o);
    for (const r of result.lines) take(r);
  };
  try {
    for await (const chunk of opened.chunks) {
      feed(splitter.push(chunk));
      hooks.onProgress?.({ name: opened.name, bytesRead: opened.bytesRead(), size: opened.size });
      if (splitter.failed) break;
    }
  } catch (error) {
    const end = splitter.end();
    feed(end);
    return truncatedAt(end.truncated?.line ?? splitter.linesSeen, readError(error));
  }
  // The record cut at the limit is not handed on: it would pass for a malformed one.
  if (opened.exceeded())
    return truncatedAt(splitter.linesSeen + 1, msg('maxBytesReached', { limit: Number(opened.limit) }));
  const end = splitter.end();
  feed(end);
  return end.truncated ? truncatedAt(end.truncated.line, end.truncated.reason) : shrank(opened, splitter.linesSeen);
}

function harThreadPays(opened: OpenedInput, from: number): boolean {
  return !opened.utf16 && (opened.gzip ? (opened.size ?? 0) * 4 : (opened.size ?? 0)) >= from;
}
