import { msg, type Message } from '../errors/words.js';
import { FrameReader } from '../input/har/har-frames.js';
import type { HarEnd, HarEntryText } from '../input/har/har-scan-types.js';
import type { HarScanner } from '../input/har/scanner.js';
import type { Line, OversizedLine } from '../input/line-splitter.js';

/** A record over the size cap: a line, a JSON value, or a HAR entry with its first bytes. */
export type Skipped = OversizedLine & { entry?: number; head?: Buffer };

/** What reading needs of LineSplitter, JsonValueSplitter and the HAR scanner: bytes in, records out. */
export interface RecordSplitter<R extends Line = Line> {
  push(chunk: Buffer): { lines: R[]; oversized?: Skipped[] };
  end(): { lines: R[]; oversized?: Skipped[]; truncated?: { line: number; reason: Message } };
  readonly linesSeen: number;
  /** True once the input is known to be unusable: reading stops. */
  readonly failed?: boolean;
}

function ended(end: HarEnd | undefined, oversized: Skipped[]): ReturnType<RecordSplitter<HarEntryText>['end']> {
  return end === undefined || end.ok
    ? { lines: [], oversized }
    : {
        lines: [],
        oversized,
        truncated: { line: end.line, reason: msg('harCut', { failure: end.reason, detail: end.detail }) },
      };
}

/** The HAR scanner seen as a record splitter: its entries are the records. */
export function harRecords(scanner: HarScanner): RecordSplitter<HarEntryText> {
  return {
    push: (chunk) => {
      const lines = scanner.push(chunk);
      return { lines, oversized: scanner.takeOversized() };
    },
    end: () => {
      const end = scanner.end();
      return ended(end, scanner.takeOversized());
    },
    linesSeen: 0,
    get failed() {
      return scanner.failed;
    },
  };
}

/**
 * A HAR whose entries a reading thread found (source.ts harOnThread): the chunks hold frames, and the
 * scanner's verdict comes as the last one. Without it (the thread failed) the reading error says why.
 */
export function harFrameRecords(): RecordSplitter<HarEntryText> {
  const reader = new FrameReader();
  return {
    push: (chunk) => reader.push(chunk),
    end: () => ended(reader.end, []),
    linesSeen: 0,
    get failed() {
      return reader.end?.ok === false;
    },
  };
}
