import { Summary } from '../aggregate/summary.js';
import { toReport, type ReportContext } from '../aggregate/to-report.js';
import { classify } from '../classify/classify.js';
import type { Classified } from '../classify/finding.js';
import { DiagnosticsState } from '../diagnose/index.js';
import type { InputFormat } from '../input/source.js';
import { buildExchange, type RawCall } from '../normalise/build-exchange.js';
import type { Exchange, SourceRef } from '../normalise/exchange.js';
import { harEntryToRawCall } from '../normalise/har-entry.js';
import { isObject } from '../normalise/marketo-body.js';
import { type LineResult, recogniseLine, recordsOf } from '../normalise/ndjson/index.js';
import { findObjectInText } from '../normalise/ndjson/embedded-text.js';
import { isContinuation } from '../normalise/text/continuation.js';
import { logfmtObject } from '../normalise/text/logfmt.js';
import { readTextLine } from '../normalise/text/text-line.js';
import { withoutTerminalCodes } from '../normalise/text/terminal-codes.js';
import { fillResultFromTextBeside } from '../normalise/text/beside-object.js';
import { decodeText } from '../input/decode.js';
import type { InputReport, Report } from '../aggregate/report-model.js';
import { statsOfBody, statsOfCall } from '../normalise/stats-body.js';
import { BulkInput } from './bulk-input.js';
import { msg, renderMessage } from '../errors/words.js';
import { keepExchange, keepFindings } from './filter.js';
import { countTextCodes, emptyInputReport, type InputState, looksLikeHarLog, newInputState } from './input-state.js';
import { fileOf } from './merge.js';
import { firstNonBlank, NOT_JSON, parseJson } from './parse-record.js';
export type { InputState } from './input-state.js';
import type { AnalyzeOptions } from './options.js';

/** Called for every kept exchange with its (filtered) findings: the hook for --csv-rows findings. */
export type ExchangeListener = (exchange: Exchange, classified: Classified) => void;

/** What an analysis of a part of the input leaves: its counts and its diagnostics' state. */
export interface Part {
  summary: Summary;
  diagnostics: DiagnosticsState;
}

/**
 * The pipeline's core, with no stream or file type in it: it is fed lines and HAR entries and runs each
 * through normalise -> classify -> aggregate. Adapters (run.ts, the worker) do the reading.
 */
export class Analyzer {
  readonly summary = new Summary();
  readonly diagnostics = new DiagnosticsState();
  readonly options: AnalyzeOptions;
  private readonly listener: ExchangeListener | undefined;
  /** The file of the last input started: a part of the same file (`file@start`) continues its log. */
  private lastFile: string | undefined;

  constructor(options: AnalyzeOptions, listener?: ExchangeListener) {
    this.options = options;
    this.listener = listener;
  }

  startInput(name: string, format: InputFormat, gzip: boolean): InputState {
    const report = emptyInputReport(name, format, gzip);
    const file = name.replace(/@\d+$/, '');
    // An input from its first byte starts a log: no part of it comes before, so none is kept for one (Detector.endLog).
    if (file === name) this.diagnostics.endLog();
    this.nextFile(file);
    this.summary.inputs.push(report);
    const state = newInputState(report);
    if (format === 'bulk-failures') {
      state.bulk = new BulkInput(report, this.summary, this.options, (line, reason, row) =>
        this.malformed(state, line, reason, undefined, row),
      );
    }
    return state;
  }

  malformed(input: InputState, line: number, reason: string, entry?: number, row?: number): void {
    input.report.malformedCount++;
    if (input.report.malformed.length >= this.options.maxMalformedListed) return;
    const item: InputReport['malformed'][number] = { line, reason };
    if (entry !== undefined) item.entry = entry;
    if (row !== undefined) item.row = row;
    input.report.malformed.push(item);
  }

  /** One line of a bulk failure or warning file (rows may span lines). */
  bulkLine(input: InputState, bytes: Buffer, line: number): void {
    input.bulk?.line(bytes, line);
  }

  /** One NDJSON or text line (without its line end); depth > 0: the app's line inside a platform's line. */
  line(input: InputState, bytes: Buffer, line: number, depth = 0): void {
    const first = firstNonBlank(bytes);
    if (first === -1) return;
    if (depth === 0) input.records++;
    const source: SourceRef = { file: input.report.name, line };
    const opensJson = first === 0x7b /* { */ || first === 0x5b; /* [ */
    const textLog = input.report.format === 'text'; // where a line may open with '{' and not be JSON
    const inner = (bytes[0] === 0x7b && !textLog) || depth > 0 ? undefined : input.platform.unwrap(bytes, line);
    if (inner !== undefined) {
      if (inner) this.line(input, inner, input.platform.lineOf(line), depth + 1);
      // The line that ended a printed object it was not part of comes after the object (printed-blocks.ts).
      const after = inner && input.platform.lineAfterBlock();
      return void (after && this.line(input, after, line, depth + 1));
    }
    const value = opensJson || !textLog ? parseJson(bytes) : NOT_JSON;
    if (value !== NOT_JSON) {
      // A first record, or any of a JSON document, may be a search API's export of many.
      const records = recordsOf(value, input.records === 1 || input.report.format === 'json') ?? [value];
      for (const record of records) this.record(input, record, source, bytes.length, depth);
      return;
    }
    // Text: read for what it says, in a text log always, in NDJSON when it is not an object cut short.
    // A line opening with '[' that is no JSON is text ("[2026-12-04 10:00:01] ERROR ...", "[Marketo] POST ...").
    const cutShort = first === 0x7b && !textLog; // in a text log, '{' may open a printed object (printed-blocks.ts)
    const text = cutShort ? '' : withoutTerminalCodes(decodeText(bytes));
    if (!cutShort && this.textLine(input, text, source, bytes.length)) return;
    if (input.report.format === 'text' || depth > 0) input.report.unrecognised += isContinuation(text) ? 0 : 1;
    else this.malformed(input, line, opensJson ? 'incomplete-json' : 'not-json');
  }

  /** One JSON record of a line (most lines hold one; an OTLP batch many), or else the app's line it holds (journald's
   * MESSAGE, GELF, Loki, Splunk: platform-lines.ts) when nothing else in it reads. */
  private record(input: InputState, value: unknown, source: SourceRef, lineBytes: number, depth: number): void {
    // A stats response saved to a file: Marketo's own counts, not a call of this log.
    const saved = statsOfBody(value, this.options.showRecords);
    if (saved) {
      this.summary.instance.addMarketo(saved);
      input.report.statsResponses = (input.report.statsResponses ?? 0) + 1;
      return;
    }
    // Not read as a record: content search would find the calls of its entries one at a time.
    if (input.records === 1 && looksLikeHarLog(value)) {
      input.harWithoutLog = source.line;
      input.report.unrecognised++;
      return;
    }
    const result = recogniseLine(value, source, this.options.fieldMap);
    const held = depth < 2 ? input.platform.held(value, result.kind) : undefined;
    return void (held ? this.line(input, held, source.line, depth + 1) : this.take(input, result, lineBytes));
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
    // A JSON object after a prefix, else logfmt pairs: either is read by the same shape readers as a JSON line.
    const found = findObjectInText(text);
    const fromObject = isObject(found?.value) ? recogniseLine(found.value, source, this.options.fieldMap) : undefined;
    if (fromObject && fromObject.kind !== 'unrecognised') return this.takeText(input, fromObject, text, lineBytes);
    // logfmt pairs that name no Marketo call ("status=413" after a URL in prose) leave the line to the text reader.
    const pairs = logfmtObject(text);
    const fromPairs = pairs ? recogniseLine(pairs, source, this.options.fieldMap) : undefined;
    if (fromPairs?.kind === 'call' || fromPairs?.kind === 'connection') {
      return this.takeText(input, fromPairs, text, lineBytes);
    }
    const read = readTextLine(found?.beside ?? text, source);
    // Through the pairing step like the lines with a JSON object, so that the mention joiner sees input order.
    if (read.kind === 'call') this.take(input, { kind: 'call', call: read.call, part: 'whole' }, lineBytes);
    else if (read.kind === 'connection') input.text.origin = read.origin;
    else if (fromPairs?.kind === 'other') this.take(input, fromPairs, lineBytes);
    return read.kind !== 'unrecognised' || fromPairs?.kind === 'other';
  }

  /** An object read from a text line; the text before it may name the call (`POST url 413 {body}`). */
  private takeText(input: InputState, result: LineResult, text: string, lineBytes: number): true {
    if (result.kind === 'call' && result.part !== 'response') fillResultFromTextBeside(result, text);
    this.take(input, result, lineBytes);
    return true;
  }

  /**
   * A line next to a byte range, read only so that a request inside the range finds its response
   * outside it (or the other way round): it goes to the pairing step and is counted nowhere.
   */
  contextLine(input: InputState, bytes: Buffer, line: number): void {
    if (firstNonBlank(bytes) === -1) return;
    const value = parseJson(bytes);
    if (value === NOT_JSON) return;
    const result = recogniseLine(value, { file: input.report.name, line }, this.options.fieldMap);
    if (result.kind !== 'call') return;
    result.call.lineBytes = bytes.length;
    for (const raw of input.assembler.push(result)) this.call(input, raw);
  }

  /** A HAR entry just before a share of the file (read-har-share.ts): it only seeds the diagnostics. */
  harContextEntry(input: InputState, bytes: Buffer, line: number, entry: number): void {
    const parsed = parseJson(bytes);
    const raw = parsed === NOT_JSON ? undefined : harEntryToRawCall(parsed, { file: input.report.name, line, entry });
    if (raw) this.seed(raw);
  }

  /** One HAR entry's JSON bytes, starting at `line`; `entry` counts from 1. */
  harEntry(input: InputState, bytes: Buffer, line: number, entry: number): void {
    const parsed = parseJson(bytes);
    if (parsed === NOT_JSON) {
      this.malformed(input, line, 'bad-har-entry', entry);
      return;
    }
    const raw = harEntryToRawCall(parsed, { file: input.report.name, line, entry });
    if (raw) this.exchange(input, raw);
    else this.malformed(input, line, isObject(parsed) ? 'har-entry-no-request' : 'har-entry-not-object', entry);
  }

  finishInput(input: InputState, truncated?: { line: number; reason: string }): void {
    input.bulk?.finish();
    for (const t of input.platform.finish()) this.line(input, t.bytes, t.line, 1); // a line that waited for another
    for (const raw of input.assembler.flush()) this.call(input, raw);
    for (const raw of input.text.flush()) this.exchange(input, raw);
    if (truncated) input.report.truncated = truncated;
    else if (input.records === 1 && input.harWithoutLog !== undefined) {
      // One JSON document that is not a log: saying nothing would pass for a clean log.
      const words = msg('harWithoutLog');
      input.report.truncated = { line: input.harWithoutLog, reason: renderMessage(words, 'en'), words };
    }
    input.report.truncated = input.platform.unreadable(input.report); // Node's debug output alone (node-debug.ts)
  }

  /** A live input went quiet: its held calls are counted now instead of at its end (follow mode). */
  settle(input: InputState): void {
    for (const t of input.platform.finish()) this.line(input, t.bytes, t.line, 1); // a printed record, say
    for (const raw of input.assembler.releaseHeld()) this.call(input, raw);
    for (const raw of input.text.flush()) this.exchange(input, raw);
  }

  /** Folds in what workers found in later input (ranges of a file, later files). */
  absorb(part: Part): void {
    const first = part.summary.inputs[0];
    if (first) this.nextFile(fileOf(first));
    const last = part.summary.inputs.at(-1);
    if (last) this.lastFile = fileOf(last);
    this.summary.merge(part.summary);
    this.diagnostics.merge(part.diagnostics);
  }

  /** Time-ordered diagnostics start afresh with another file: files are separate logs (Detector.endLog). */
  private nextFile(file: string): void {
    if (this.lastFile !== undefined && file !== this.lastFile) this.diagnostics.endLog();
    this.lastFile = file;
  }

  part(): Part {
    return { summary: this.summary, diagnostics: this.diagnostics };
  }

  report(ctx: Omit<ReportContext, 'diagnostics' | 'diagnosticsState' | 'peaks'>): Report {
    const sections = this.summary.sections();
    const diagnostics = this.diagnostics.finish({ dailyQuota: this.options.dailyQuota, lang: ctx.lang, sections });
    return toReport(this.summary, {
      ...ctx,
      diagnostics,
      peaks: this.diagnostics.peaks(),
      diagnosticsState: this.diagnostics.toJSON(),
    });
  }

  private call(input: InputState, raw: RawCall): void {
    for (const done of input.text.push(raw)) this.exchange(input, done);
  }

  /** A call of a context line: the neighbouring part counts it; here it only seeds the diagnostics. */
  private seed(raw: RawCall): void {
    const exchange = buildExchange(raw);
    if (exchange.api === 'other' || !keepExchange(exchange, this.options.filters)) return;
    this.diagnostics.seed(exchange, classify(exchange, { showRecords: this.options.showRecords }));
  }

  private exchange(input: InputState, raw: RawCall): void {
    // After the text step, which holds a call until the next one: context calls come in the order one pass sees.
    if (input.owns && !input.owns(raw.source.line)) {
      this.seed(raw);
      return;
    }
    const exchange = buildExchange(raw);
    if (exchange.api === 'other') {
      input.report.other++;
      return;
    }
    if (exchange.timeOutOfRange) input.report.timeOutOfRange = (input.report.timeOutOfRange ?? 0) + 1;
    if (!keepExchange(exchange, this.options.filters)) return;
    input.report.exchanges++;
    const stats = statsOfCall(exchange, this.options.showRecords);
    if (stats) this.summary.instance.addMarketo(stats);
    const classified = classify(exchange, { showRecords: this.options.showRecords });
    if (exchange.fromText) countTextCodes(input.report, classified);
    this.diagnostics.add(exchange, classified);
    const kept = keepFindings(classified, this.options.filters);
    this.summary.add(exchange, kept);
    this.listener?.(exchange, kept);
  }
}
