import type { OpenedInput } from '../input/source.js';
import { Analyzer, type Part } from './analyzer.js';
import { PartMerger } from './merge.js';
import type { AnalyzeOptions } from './options.js';
import { readHarShare, type HarShareEnd } from './read-har-share.js';
import { readLineShare } from './read-line-share.js';
import { decodedSize, sharesOf } from './share.js';
import { partFromJSON, partToJSON, runWorker, type PartJSON } from './worker-protocol.js';

export const readShare = (format: 'har' | 'ndjson'): typeof readHarShare =>
  format === 'har' ? readHarShare : readLineShare;

/**
 * Analyses a gzip or a HAR file on `jobs` threads, each reading it from the
 * start and analysing its own share (share.ts): workers the first shares, this
 * thread, reading `opened`, the last. Parts merge in order as byte ranges do.
 * Returns the merged part and how this thread's reading ended (the input's end), lines counted from the start.
 */
export async function analyzeInShares(
  path: string,
  opened: OpenedInput,
  format: 'har' | 'ndjson',
  jobs: number,
  options: AnalyzeOptions,
  onChunk: () => void,
): Promise<{ part: Part; end: HarShareEnd }> {
  const shares = sharesOf(await decodedSize(path, opened.size ?? 0, opened.gzip), jobs);
  let end: HarShareEnd = { size: 0, lines: 0 };
  const parts = await Promise.all(
    shares.map(async (share, k): Promise<PartJSON> => {
      if (k < jobs - 1) return runWorker({ kind: 'share', path, format, share, options }, () => undefined);
      const analyzer = new Analyzer(options);
      end = await readShare(format)(analyzer, opened, share, onChunk);
      return partToJSON(analyzer.part());
    }),
  );
  const { part, lines } = mergeShares(parts, end.size);
  // The lines of every share: where a read error stopped this thread, in the file's numbering.
  return { part, end: { ...end, lines } };
}

/** The parts of the shares of an input of `size` decoded bytes, in order, as one; and the lines of all. */
export function mergeShares(parts: PartJSON[], size: number): { part: Part; lines: number } {
  const merger = new PartMerger();
  let lines = 0;
  for (const part of parts) {
    for (const input of part.summary.inputs) {
      if (input.range) input.range.size = size;
      lines += input.range?.lines ?? 0;
    }
    merger.add(part, part.summary.inputs, partFromJSON);
  }
  return { part: merger.finish(), lines };
}
