import { LineSplitter, type Line, type OversizedLine } from '../input/line-splitter.js';
import { CallAssembler } from '../normalise/ndjson/index.js';
import type { Analyzer, InputState } from '../pipeline/analyzer.js';
import { newInputState } from '../pipeline/input-state.js';

/** Where a followed input stands: bytes of whole records read, and the lines they held. */
export interface FeedPosition {
  offset: number;
  lines: number;
}

const NL = 0x0a;
/** Calls held back to merge repeats of one failure (analyze holds 256). */
const LIVE_HOLD_WINDOW = 16;

/**
 * One followed NDJSON input as the analyzer sees it: bytes in, records out, in
 * order. A rotated or truncated file starts a new splitter (the old one's last
 * line is finished) but keeps the input's report and its request/response
 * pairing, so a call split across the rotation is still one call.
 */
export class InputFeed {
  private splitter: LineSplitter;
  private lineBase: number;
  private consumed: number;
  /** Where the bytes read so far end in the file. */
  private readEnd: number;
  private dirty = false;
  readonly state: InputState;

  constructor(
    private readonly analyzer: Analyzer,
    name: string,
    private readonly maxLineBytes: number,
    resume?: FeedPosition,
  ) {
    // A resumed run adds to the input's entry in the saved summary instead of listing it twice.
    const existing = analyzer.summary.inputs.find((i) => i.name === name);
    this.state = existing ? newInputState(existing) : analyzer.startInput(name, 'ndjson', false);
    // Repeats of one failure (a wrapper error after the logger's line) come a few lines apart; a
    // short hold keeps alerts close to the line that caused them. Later repeats are still dropped.
    this.state.assembler = new CallAssembler({ holdWindow: LIVE_HOLD_WINDOW });
    this.splitter = this.newSplitter();
    this.lineBase = resume?.lines ?? 0;
    this.consumed = resume?.offset ?? 0;
    this.readEnd = this.consumed;
  }

  /** Bytes of the input; `offset` is where they start in the file (undefined for a pipe). */
  push(chunk: Buffer, offset?: number): void {
    this.feed(this.splitter.push(chunk));
    this.state.report.bytes += chunk.length;
    this.dirty = true;
    if (offset !== undefined) {
      this.readEnd = offset + chunk.length;
      const nl = chunk.lastIndexOf(NL);
      if (nl !== -1) this.consumed = offset + nl + 1;
    }
  }

  /** The file behind the name was replaced or cut: finish its last line, then count lines from 1 again. */
  restart(): void {
    this.feed(this.splitter.end());
    this.splitter = this.newSplitter();
    this.lineBase = 0;
    this.consumed = 0;
    this.readEnd = 0;
  }

  /** The input went quiet: count the calls the assembler holds back to merge repeats. */
  settle(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.analyzer.settle(this.state);
  }

  /**
   * The end of the watch. A pipe's last line counts even without a newline; a
   * file's does not: it is most likely still being written, and a resumed run
   * reads it whole from its start.
   */
  finish(endOfInput: boolean): void {
    if (endOfInput) {
      this.feed(this.splitter.end());
      this.consumed = this.readEnd;
    }
    this.analyzer.finishInput(this.state);
  }

  /** Only whole lines count: a resumed run reads a half-written last line again from its start. */
  get position(): FeedPosition {
    return { offset: this.consumed, lines: this.lineBase + this.splitter.linesSeen };
  }

  private newSplitter(): LineSplitter {
    return new LineSplitter(this.maxLineBytes);
  }

  private feed(result: { lines: Line[]; oversized?: OversizedLine[] }): void {
    for (const o of result.oversized ?? []) this.state.report.oversized.push({ ...o, line: o.line + this.lineBase });
    for (const l of result.lines) this.analyzer.line(this.state, l.bytes, l.line + this.lineBase);
  }
}
