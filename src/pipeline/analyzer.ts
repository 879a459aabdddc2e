import { Summary } from '../aggregate/summary.js';
import { toReport, type ReportContext } from '../aggregate/to-report.js';
import { classify } from '../classify/classify.js';
import type { Classified } from '../classify/finding.js';
import { DiagnosticsState } from '../diagnose/index.js';
import type { InputFormat } from '../input/source.js';
import { buildExchange, type RawCall } from '../normalise/build-exchange.js';
import type { Exchange, SourceRef } from '../normalise/exchange.js';
import { harEntryToRawCall } from '../normalise/har-entry.js';
import { CallAssembler, type LineResult, recogniseLine, recordsOf } from '../normalise/ndjson/index.js';
import { objectInText } from '../normalise/ndjson/embedded-text.js';
import { isObject } from '../normalise/marketo-body.js';
import { isContinuation } from '../normalise/text/continuation.js';
import { readTextLine } from '../normalise/text/text-line.js';
import { TextExchanges } from '../normalise/text/text-exchanges.js';
import { decodeText } from '../input/decode.js';
import { isJsonSpace } from '../input/json-bytes.js';
import { shrinkRecords } from '../normalise/ndjson/lite-line.js';
import type { InputReport, Report } from '../report/model.js';
import { keepExchange, keepFindings } from './filter.js';
import type { AnalyzeOptions } from './options.js';
import type { RangeResults } from './parallel.js';

const NOT_JSON = Symbol('not JSON');

/** Parses a line or entry with its record arrays shrunk; whole when the cut does not parse. */
function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(shrinkRecords(bytes));
  } catch {
    try {
      return JSON.parse(decodeText(bytes));
    } catch {
      return NOT_JSON;
    }
  }
}

/** The first byte that is not white space, or -1 for a blank line (skipped without a word). */
function firstNonBlank(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) if (!isJsonSpace(bytes[i]!)) return bytes[i]!;
  return -1;
}

function countTextCodes(report: InputReport, classified: Classified): void {
  const codes = (report.textCodes ??= {});
  for (const f of classified.findings) codes[f.code] = (codes[f.code] ?? 0) + 1;
}

/** Called for every kept exchange with its (filtered) findings: the hook for --csv-rows findings. */
export type ExchangeListener = (exchange: Exchange, classified: Classified) => void;

/** One input being read: its report entry plus the state that pairs its lines. */
export interface InputState {
  report: InputReport;
  assembler: CallAssembler;
  /** Joins mentions of one call in text (urllib3 line, printed error, exception) into one. */
  text: TextExchanges;
}

/**
 * The pipeline's core, with no stream or file type in it: it is fed lines
 * and HAR entries and runs each through normalise -> classify -> aggregate.
 * Adapters (run.ts, the worker) do the reading.
 */
export class Analyzer {
  readonly summary = new Summary();
  readonly diagnostics = new DiagnosticsState();
  private readonly options: AnalyzeOptions;
  private readonly listener: ExchangeListener | undefined;

  constructor(options: AnalyzeOptions, listener?: ExchangeListener) {
    this.options = options;
    this.listener = listener;
  }

  startInput(name: string, format: InputFormat, gzip: boolean): InputState {
    const report: InputReport = {
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
    this.summary.inputs.push(report);
    return { report, assembler: new CallAssembler(), text: new TextExchanges() };
  }

  malformed(input: InputState, line: number, reason: string): void {
    input.report.malformedCount++;
    if (input.report.malformed.length < this.options.maxMalformedListed) input.report.malformed.push({ line, reason });
  }

  /** One NDJSON or text line (without its line end). */
  line(input: InputState, bytes: Buffer, line: number): void {
    const first = firstNonBlank(bytes);
    if (first === -1) return;
    const source: SourceRef = { file: input.report.name, line };
    const opensJson = first === 0x7b /* { */ || first === 0x5b; /* [ */
    const value = opensJson || input.report.format !== 'text' ? parseJson(bytes) : NOT_JSON;
    if (value !== NOT_JSON) {
      const records = recordsOf(value);
      if (records) for (const record of records) this.record(input, record, source, bytes.length);
      else this.record(input, value, source, bytes.length);
      return;
    }
    // Text: read for what it says, in a text log always, in NDJSON when it is not JSON cut short.
    const text = opensJson ? '' : decodeText(bytes);
    if (!opensJson && this.textLine(input, text, source, bytes.length)) return;
    if (input.report.format !== 'text') this.malformed(input, line, opensJson ? 'incomplete-json' : 'not-json');
    else if (!isContinuation(text)) input.report.unrecognised++;
  }

  /** One JSON record of a line (most lines hold one; an OTLP batch many). */
  private record(input: InputState, value: unknown, source: SourceRef, lineBytes: number): void {
    this.take(input, recogniseLine(value, source, this.options.fieldMap), lineBytes);
  }

  private take(input: InputState, result: LineResult, lineBytes: number): void {
    if (result.kind === 'unrecognised') input.report.unrecognised++;
    else if (result.kind === 'other') input.report.other++;
    else if (result.kind === 'connection') input.text.origin = result.origin;
    else {
      result.call.lineBytes = lineBytes;
      for (const raw of input.assembler.push(result)) this.call(input, raw);
    }
  }

  /** A text line: a JSON object after a prefix, urllib3's exchange line, a code as text. False when it says nothing. */
  private textLine(input: InputState, text: string, source: SourceRef, lineBytes: number): boolean {
    const inner = objectInText(text);
    if (isObject(inner)) {
      const result = recogniseLine(inner, source, this.options.fieldMap);
      if (result.kind !== 'unrecognised') {
        this.take(input, result, lineBytes);
        return true;
      }
    }
    const read = readTextLine(text, source);
    if (read.kind === 'call') {
      read.call.lineBytes = lineBytes;
      this.call(input, read.call);
    } else if (read.kind === 'connection') input.text.origin = read.origin;
    return read.kind !== 'unrecognised';
  }

  /** One HAR entry's JSON bytes, starting at `line`; `entry` counts from 1. */
  harEntry(input: InputState, bytes: Buffer, line: number, entry: number): void {
    const parsed = parseJson(bytes);
    if (parsed === NOT_JSON) {
      this.malformed(input, line, 'bad-har-entry');
      return;
    }
    const raw = harEntryToRawCall(parsed, { file: input.report.name, line, entry });
    if (raw) this.exchange(input, raw);
    else this.malformed(input, line, 'bad-har-entry');
  }

  finishInput(input: InputState, truncated?: { line: number; reason: string }): void {
    for (const raw of input.assembler.flush()) this.call(input, raw);
    for (const raw of input.text.flush()) this.exchange(input, raw);
    if (truncated) input.report.truncated = truncated;
  }

  /** Folds in what workers found in later input (ranges of a file). */
  absorb(results: RangeResults): void {
    this.summary.merge(results.summary);
    this.diagnostics.merge(results.diagnostics);
  }

  report(ctx: Omit<ReportContext, 'diagnostics' | 'diagnosticsState'>): Report {
    const diagnostics = this.diagnostics.finish({ dailyQuota: this.options.dailyQuota, lang: ctx.lang });
    return toReport(this.summary, { ...ctx, diagnostics, diagnosticsState: this.diagnostics.toJSON() });
  }

  private call(input: InputState, raw: RawCall): void {
    for (const done of input.text.push(raw)) this.exchange(input, done);
  }

  private exchange(input: InputState, raw: RawCall): void {
    const exchange = buildExchange(raw);
    if (exchange.api === 'other') {
      input.report.other++;
      return;
    }
    if (exchange.timeOutOfRange) input.report.timeOutOfRange = (input.report.timeOutOfRange ?? 0) + 1;
    if (!keepExchange(exchange, this.options.filters)) return;
    input.report.exchanges++;
    const classified = classify(exchange, { showRecords: this.options.showRecords });
    if (exchange.fromText) countTextCodes(input.report, classified);
    this.diagnostics.add(exchange, classified);
    const kept = keepFindings(classified, this.options.filters);
    this.summary.add(exchange, kept);
    this.listener?.(exchange, kept);
  }
}
