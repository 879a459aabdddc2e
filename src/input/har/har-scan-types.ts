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
}

export type HarFailure = 'truncated' | 'invalid' | 'no-entries-array' | 'entry-too-large';

/** How a HAR ended: fine, or where and why it stopped making sense. */
export type HarEnd =
  | { ok: true; entries: number }
  | { ok: false; entries: number; line: number; offset: number; reason: HarFailure; detail: string };

export interface HarScannerOptions {
  /**
   * Largest single entry kept in memory, in bytes. V8 strings top out near
   * 512 MiB, so the default stays well below that.
   */
  maxEntryBytes?: number;
}
