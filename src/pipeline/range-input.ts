import { LineSplitter } from '../input/line-splitter.js';
import type { Analyzer, InputState } from './analyzer.js';
import type { Take } from './context-lines.js';

/** An input for the lines of one part of a log (a byte range, a block), with its context lines around it. */
export interface RangeInput {
  state: InputState;
  splitter: LineSplitter;
  /** Hands the part's own lines, and those over the size cap, to the analyzer. */
  feed(result: ReturnType<LineSplitter['push']>): void;
  /** A line before or after the part: context only. */
  context: Take;
  /** The part's lines are all read: the lines after it are context. Returns how many it has. */
  ownLinesRead(): number;
}

export function startRangeInput(analyzer: Analyzer, label: string, gzip: boolean): RangeInput {
  const state = analyzer.startInput(label, 'ndjson', gzip);
  const splitter = new LineSplitter(analyzer.options.maxLineBytes);
  let last = Number.POSITIVE_INFINITY;
  state.owns = (line) => line >= 1 && line <= last;
  return {
    state,
    splitter,
    feed: (r) => {
      for (const o of r.oversized) state.report.oversized.push(o);
      for (const l of r.lines) analyzer.line(state, l.bytes, l.line);
    },
    context: (bytes, line) => analyzer.contextLine(state, bytes, line),
    ownLinesRead: () => {
      last = splitter.linesSeen;
      return last;
    },
  };
}
