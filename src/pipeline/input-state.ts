import { harHeadIsOtherHost } from '../normalise/har-entry-head.js';
import type { InputReport } from '../aggregate/report-model.js';
import type { Classified } from '../classify/finding.js';
import type { InputFormat } from '../input/source.js';
import { isObject } from '../normalise/marketo-body.js';
import { CallAssembler } from '../normalise/ndjson/index.js';
import { PlatformLines } from '../normalise/text/platform-lines.js';
import { TextExchanges } from '../normalise/text/text-exchanges.js';
import type { BulkInput } from './bulk-input.js';

/** One input being read: its report entry plus the state that pairs its lines. */
export interface InputState {
  report: InputReport;
  assembler: CallAssembler;
  /** Joins mentions of one call in text (urllib3 line, printed error, exception) into one. */
  text: TextExchanges;
  /** Set for a bulk failure or warning file. */
  bulk?: BulkInput;
  /** The app's lines inside a platform's prefixed lines (containerd's parts joined). */
  platform: PlatformLines;
  /** Non-blank records read. */
  records: number;
  /** Line of a first record that looks like a HAR's "log" object without its wrapper. */
  harWithoutLog?: number;
  /**
   * For a byte range read with context lines around it: whether a call whose source is this line
   * belongs to the range. Calls of the context lines are the neighbouring range's to count.
   */
  owns?: (line: number) => boolean;
}

/** An input's state before any line was read. */
export function newInputState(report: InputReport): InputState {
  return {
    report,
    assembler: new CallAssembler(),
    text: new TextExchanges(),
    platform: new PlatformLines(),
    records: 0,
  };
}

/** `{"version":..,"entries":[..]}`: what `jq .log` leaves of a HAR. */
export function looksLikeHarLog(value: unknown): boolean {
  if (!isObject(value) || !Array.isArray(value.entries) || 'log' in value) return false;
  // A HAR entry holds its request, and a HAR's log names its creator; other documents have entries of their
  // own (a Sentry event's).
  const first: unknown = value.entries[0];
  return first === undefined ? 'creator' in value : isObject(first) && isObject(first.request);
}

/** The report entry of an input before anything was read. */
export function emptyInputReport(name: string, format: InputFormat, gzip: boolean): InputReport {
  return {
    name,
    format,
    gzip,
    bytes: 0,
    exchanges: 0,
    malformed: [],
    malformedCount: 0,
    unrecognised: 0,
    other: 0,
    oversized: [],
    truncated: false,
  };
}

/** Codes of an exchange read from log text, counted per input for the report's text-codes line. */
export function countTextCodes(report: InputReport, classified: Classified): void {
  const codes = (report.textCodes ??= {});
  for (const f of classified.findings) codes[f.code] = (codes[f.code] ?? 0) + 1;
}

/** A record over the size cap, as the scanners tell it; `head`: a skipped HAR entry's first bytes. */
export interface Oversized {
  line: number;
  bytes: number;
  entry?: number;
  head?: Buffer;
}

/** A record over the size cap; a HAR entry that shows another host is counted with the other hosts instead. */
export function countOversized(report: InputReport, o: Oversized): void {
  if (o.head && harHeadIsOtherHost(o.head)) report.other++;
  else
    report.oversized.push(
      o.entry === undefined ? { line: o.line, bytes: o.bytes } : { line: o.line, bytes: o.bytes, entry: o.entry },
    );
}
