import { countOversized } from './input-state.js';
import { HarScanner, type HarEnd, type HarEntryText } from '../input/har/scanner.js';
import type { Analyzer, InputState } from './analyzer.js';
import { rangeLabel } from './merge.js';
import { CONTEXT_BYTES } from './read-range.js';
import type { Share, ShareEnd, ShareInput } from './share.js';

/** How the share ended; for the last share also how the HAR ended (a HAR cut short is told once, by it). */
export interface HarShareEnd extends ShareEnd {
  har?: HarEnd;
}

/**
 * Reads a HAR from its start and analyses the entries whose opening brace lies
 * in the share, as one input named as a byte range from the first such brace
 * (lines from 1 there), so that the shares merge as byte ranges of a file do.
 * Entries pair with nothing: counts equal a single pass. Entries skipped for
 * their size go with the share of the entry before them. Stops at the first
 * entry past the share.
 */
export async function readHarShare(
  analyzer: Analyzer,
  { name, chunks, gzip }: ShareInput,
  share: Share,
  onChunk: () => void,
): Promise<HarShareEnd> {
  const scanner = new HarScanner({ maxEntryBytes: analyzer.options.maxLineBytes });
  let state: InputState | undefined;
  let start = 0;
  let lineBase = 0;
  let end = -1;
  let lines = 0;
  // Skipped entries go with the entry before them: those from the first entry in the share (the first share:
  // from the start) up to the first entry past it are the share's own.
  let firstOwn = share.from === 0 ? 0 : Number.POSITIVE_INFINITY;
  let firstAfter = Number.POSITIVE_INFINITY;
  // Copies of the entries within CONTEXT_BYTES before the share: they seed retries and calls in flight
  // across the cut, as context lines do for byte ranges.
  const before: Array<{ bytes: Buffer; line: number; entry: number }> = [];
  let beforeBytes = 0;
  const keepBefore = (e: HarEntryText): void => {
    if (e.offset + e.bytes.length < share.from - CONTEXT_BYTES) return;
    before.push({ bytes: Buffer.from(e.bytes), line: e.line, entry: e.entry });
    beforeBytes += e.bytes.length;
    while (beforeBytes - before[0]!.bytes.length >= CONTEXT_BYTES) beforeBytes -= before.shift()!.bytes.length;
  };
  const begin = (offset: number, line: number): void => {
    start = offset;
    lineBase = line - 1;
    state = analyzer.startInput(rangeLabel(name, offset), 'har', gzip);
    for (const b of before.splice(0)) analyzer.harContextEntry(state, b.bytes, b.line - lineBase, b.entry);
  };
  const takeSkipped = (): void => {
    for (const o of scanner.takeOversized())
      if (o.entry >= firstOwn && o.entry < firstAfter) countOversized(state!.report, { ...o, line: o.line - lineBase });
  };
  if (share.from === 0) begin(0, 1);
  let size = 0;
  let failure: unknown;
  try {
    for await (const chunk of chunks) {
      onChunk();
      size += chunk.length;
      for (const e of scanner.push(chunk)) {
        if (e.offset >= share.to) {
          // A share with no entry of its own is empty, where the next one starts.
          if (!state) begin(e.offset, e.line);
          end = e.offset;
          lines = e.line - 1 - lineBase;
          firstAfter = e.entry;
          break;
        }
        if (e.offset < share.from) {
          keepBefore(e);
          continue;
        }
        if (!state) {
          begin(e.offset, e.line);
          firstOwn = e.entry;
        }
        analyzer.harEntry(state!, e.bytes, e.line - lineBase, e.entry);
      }
      takeSkipped();
      if (end >= 0 || scanner.failed) break;
    }
  } catch (error) {
    failure = error;
  }
  const last = share.to === Number.POSITIVE_INFINITY;
  const har = last ? scanner.end() : undefined;
  if (last) takeSkipped();
  if (!state) begin(size, 1);
  if (end < 0) end = size;
  state!.report.bytes = end - start;
  state!.report.range = { start, end, size: 0, lines };
  analyzer.finishInput(state!);
  return { size, lines, failure, har };
}
