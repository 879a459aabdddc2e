import { availableParallelism } from 'node:os';
import { msg } from '../errors/words.js';
import type { InputFormat, OpenedInput } from '../input/source.js';
import type { Analyzer, Part } from './analyzer.js';
import { cutShort, markTruncated, readError, shrank, truncatedAt, type Truncated } from './input-cut.js';
import type { AnalyzeOptions } from './options.js';
import { MIN_ASKED_PARALLEL_BYTES } from './parallel.js';
import type { RunHooks } from './run.js';
import { shareThreads } from './share.js';
import { analyzeInShares } from './shares.js';
import { analyzeStreamInBlocks, STREAM_BLOCKS } from './stream-blocks.js';

/**
 * Reads an input on `--jobs` threads when that pays: a large gzip or HAR file
 * in shares (every thread reads it from the start, shares.ts), and NDJSON on
 * stdin in blocks (stream-blocks.ts). False when the input is left to the
 * caller's single pass (a short stream's chunks are put back in `opened.chunks`).
 */
export async function readInBlocks(
  analyzer: Analyzer,
  path: string,
  opened: OpenedInput,
  format: InputFormat,
  options: AnalyzeOptions,
  hooks: RunHooks,
  minBytes = MIN_ASKED_PARALLEL_BYTES,
  cores = availableParallelism(),
): Promise<boolean> {
  if (options.jobs < 2 || hooks.onExchange || options.maxBytes !== undefined || opened.utf16) return false;
  const progress = (): void =>
    hooks.onProgress?.({ name: opened.name, bytesRead: opened.bytesRead(), size: opened.size });
  const large = opened.size !== undefined && (opened.gzip ? opened.size * 4 : opened.size) >= minBytes;
  // Beyond the cores more shares only cost (256 MB HAR, 2 cores: --jobs 4 took 5.7 CPU-s and 409 MB against
  // 4.4 CPU-s and 250 MB for --jobs 2); see shareThreads.
  const threads = shareThreads(options.jobs, options.jobsAuto === true, cores);
  // A large gzip or HAR file already has two threads, one reading (inflating, finding entries) and one analysing
  // (read-thread.ts): shares, which each read the file from its start, can only pay from three (256 MB on 2 cores:
  // gzip 2.31 s and 310 MB in shares against 1.55 s and 180 MB; HAR 1.94-2.02 s against 1.50-1.59 s).
  if (large && threads > 2 && (format === 'har' || (format === 'ndjson' && opened.gzip))) {
    const { part, end } = await analyzeInShares(path, opened, format, threads, options, progress);
    const har = end.har;
    // A HAR's reasons to stop carry its scanner's line; one that stopped fine has no line of its own (0).
    const line = har ? (har.ok ? 0 : har.line) : end.lines;
    const scanned =
      har && !har.ok
        ? truncatedAt(line, msg('harCut', { failure: har.reason, detail: har.detail }))
        : shrank(opened, line);
    absorb(
      analyzer,
      opened,
      part,
      end.failure === undefined ? scanned : truncatedAt(line, readError(end.failure)),
      hooks,
    );
    return true;
  }
  if (!STREAM_BLOCKS || format !== 'ndjson' || !(opened.gzip || opened.size === undefined)) return false;
  const outcome = await analyzeStreamInBlocks(opened.name, opened.chunks, opened.gzip, options.jobs, options, progress);
  if ('replay' in outcome) {
    opened.chunks = outcome.replay;
    return false;
  }
  const { failure, lines } = outcome;
  const cut = failure !== undefined ? truncatedAt(lines, readError(failure)) : shrank(opened, lines);
  absorb(analyzer, opened, outcome.part, cut, hooks);
  return true;
}

/** The merged parts of an input read in blocks, as one input: its bytes as read, and where it stopped early. */
function absorb(
  analyzer: Analyzer,
  opened: OpenedInput,
  part: Part,
  cut: Truncated | undefined,
  hooks: RunHooks,
): void {
  const input = part.summary.inputs.find((i) => i.name === opened.name);
  if (input) input.bytes = opened.bytesRead();
  analyzer.absorb(part);
  if (cut) {
    markTruncated(analyzer.summary, opened.name, cut);
    cutShort(hooks, opened.name, cut);
  }
}
