/** The raw JSON text of one element of `log.entries`, and where it starts in the file. */
export interface HarEntryText {
  /** The entry's bytes: a view that stays valid until the next push. */
  bytes: Buffer;
  /** The entry decoded (on first read). */
  readonly text: string;
  /** 1-based line of the entry's opening '{'. */
  line: number;
  /** Byte offset of the entry's opening '{' (a leading BOM counts). */
  offset: number;
  /** 1-based position in log.entries. */
  entry: number;
}

/** An entry over the size cap: skipped, with where it was and its first bytes (to tell whose it was). */
export interface OversizedEntry {
  line: number;
  bytes: number;
  /** 1-based position in log.entries. */
  entry: number;
  head: Buffer;
}

import type { Message } from '../../errors/words.js';

export type HarFailure = 'truncated' | 'invalid' | 'no-entries-array';

/** How a HAR ended: fine, or where and why it stopped making sense. */
export type HarEnd =
  | { ok: true; entries: number }
  | { ok: false; entries: number; line: number; offset: number; reason: HarFailure; detail: Message };

export interface HarScannerOptions {
  /** Largest single entry kept in memory, in bytes; larger ones are skipped and listed (takeOversized). */
  maxEntryBytes?: number;
}
