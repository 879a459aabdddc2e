import type { Readable } from 'node:stream';
import { findEntry } from '../catalog/index.js';
import type { Level } from '../catalog/types.js';
import { undocumentedText } from '../catalog/undocumented.js';
import { sourceLabel } from '../normalise/exchange.js';
import { Analyzer } from '../pipeline/analyzer.js';
import type { AnalyzeOptions } from '../pipeline/options.js';
import { toFindingRows } from '../report/finding-row.js';
import { ndjsonFinding, type NdjsonFinding } from '../report/ndjson.js';
import type { AlertRule } from './alert-rules.js';
import { AlertWatcher, type AlertEvent } from './alerts.js';
import { InputFeed } from './input-feed.js';
import { LiveMetrics } from './live-metrics.js';
import type { ViewModel } from './live-view.js';
import type { FollowState, SavedInput } from './state-file.js';
import { FileTailer } from './tailer.js';
import { followWords } from './words.js';

/** A followed input: a file by name (followed like tail -F), or a stream read to its end (stdin, a FIFO). */
export type FollowSource = { kind: 'file'; name: string } | { kind: 'stream'; name: string; stream: Readable };

export interface FollowRunOptions {
  analyze: AnalyzeOptions;
  rules: AlertRule[];
  pollMs: number;
  resume?: FollowState;
}

export interface FollowRunHooks {
  finding(event: NdjsonFinding): void;
  alert(event: AlertEvent): void;
  /** A line for stderr: the file was rotated, truncated, is missing, cannot be read. */
  note(message: string): void;
  /** Every input was a stream and each reached its end. */
  ended(): void;
}

const LAST_FINDINGS = 8;
const TOP_CODES = 5;
/** A log whose newest call is this close to the wall clock is live: idle ticks move its clock on. */
const LIVE_SKEW_MS = 120_000;
/** An input with no new bytes for this long has gone quiet: the calls it holds back are counted. */
const QUIET_MS = 200;

interface Followed {
  name: string;
  feed: InputFeed;
  tailer?: FileTailer;
  reading?: Promise<void>;
  /** When bytes last arrived (wall clock, ms). */
  lastData: number;
}

/**
 * The running watch, with no process, terminal or output in it: inputs in;
 * findings, alerts and notes out through hooks; a report, a view model and a
 * state to save on demand.
 */
export class FollowRun {
  readonly analyzer: Analyzer;
  readonly metrics = new LiveMetrics();
  readonly alerts: AlertWatcher;
  private readonly inputs: Followed[] = [];
  private readonly last: NdjsonFinding[] = [];
  private streamsOpen = 0;
  private stopped = false;
  private readonly streams: Readable[] = [];

  constructor(
    private readonly sources: FollowSource[],
    private readonly opts: FollowRunOptions,
    private readonly hooks: FollowRunHooks,
  ) {
    const { lang, dailyQuota } = opts.analyze;
    this.analyzer = new Analyzer(opts.analyze, (exchange, kept) => {
      this.metrics.add(exchange, kept);
      for (const row of toFindingRows(exchange, kept.findings)) {
        const event = ndjsonFinding(row, lang);
        this.last.push(event);
        if (this.last.length > LAST_FINDINGS) this.last.shift();
        hooks.finding(event);
      }
      this.checkAlerts(undefined, sourceLabel(exchange.source));
    });
    if (opts.resume) this.analyzer.absorb(opts.resume.results);
    this.alerts = new AlertWatcher(opts.rules, {
      lang,
      dailyQuota,
      diagnostics: () => this.analyzer.diagnostics.finish({ dailyQuota, lang }),
      topCode: (level) => this.topCodes(level as Level)[0]?.code,
    });
  }

  start(): Promise<void> {
    const w = followWords(this.opts.analyze.lang);
    const started: Array<Promise<void>> = [];
    for (const source of this.sources) {
      const mark = this.opts.resume?.inputs.get(source.name);
      const feed = new InputFeed(
        this.analyzer,
        source.name,
        this.opts.analyze.maxLineBytes,
        source.kind === 'file' ? mark : undefined,
      );
      const input: Followed = { name: source.name, feed, lastData: 0 };
      this.inputs.push(input);
      if (source.kind === 'stream') {
        this.streamsOpen++;
        this.streams.push(source.stream);
        input.reading = this.readStream(input, source.stream);
        continue;
      }
      input.tailer = new FileTailer(
        source.name,
        {
          data: (chunk, offset) => {
            input.lastData = Date.now();
            feed.push(chunk, offset);
          },
          event: (event) => {
            if (event === 'rotated' || event === 'truncated') feed.restart();
            this.hooks.note(w.tail(source.name, event));
          },
          problem: (code) => this.hooks.note(w.cannotRead(source.name, code)),
        },
        { pollMs: this.opts.pollMs, resume: mark ? { ino: mark.ino, offset: mark.offset } : undefined },
      );
      started.push(input.tailer.start());
    }
    return Promise.all(started).then(() => undefined);
  }

  /** Each --refresh: count what quiet inputs hold back, move a live log's clock on, check the alerts again. */
  tick(wallNow: number): void {
    for (const input of this.inputs) if (wallNow - input.lastData >= QUIET_MS) input.feed.settle();
    const latest = this.metrics.latest;
    if (latest !== undefined && Math.abs(wallNow - latest) < LIVE_SKEW_MS)
      this.checkAlerts(Math.max(wallNow, latest), null);
  }

  /**
   * Counts every call held back, quiet input or not: before a state is saved
   * (its summary must hold every line before its offsets) and once the
   * content that was there at the start has been read.
   */
  settleAll(): void {
    for (const input of this.inputs) input.feed.settle();
  }

  /** Reads what is left of every file, finishes every input: the analyzer then holds the whole log. */
  async stop(): Promise<void> {
    this.stopped = true;
    // A pipe that is still open is not waited for: what came through it is in.
    for (const stream of this.streams) stream.destroy();
    for (const input of this.inputs) {
      await input.tailer?.stop();
      input.feed.finish(input.tailer === undefined);
    }
  }

  savedInputs(): SavedInput[] {
    return this.inputs.map((i) => ({ name: i.name, tail: i.tailer?.position, feed: i.feed.position }));
  }

  viewModel(paused: boolean, alerts: string[]): ViewModel {
    const lang = this.opts.analyze.lang;
    return {
      inputs: this.inputs.length,
      paused,
      numbers: this.metrics.numbers(),
      dailyQuota: this.opts.analyze.dailyQuota,
      sinceStart: { ...this.analyzer.summary.findings },
      topCodes: this.topCodes().map((t) => {
        const text = findEntry(t.code, t.level)?.text[lang] ?? undocumentedText(t.level, t.code, lang);
        return { ...t, title: text.title, remedy: text.remedy };
      }),
      lastFindings: [...this.last],
      alerts,
    };
  }

  private topCodes(level?: Level): Array<{ level: Level; code: string; count: number }> {
    return [...this.analyzer.summary.tallies.values()]
      .filter((t) => level === undefined || t.level === level)
      .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1))
      .slice(0, TOP_CODES)
      .map((t) => ({ level: t.level, code: t.code, count: t.count }));
  }

  private checkAlerts(now: number | undefined, source: string | null): void {
    if (this.opts.rules.length === 0) return;
    for (const event of this.alerts.check(this.metrics.numbers(now), source)) this.hooks.alert(event);
  }

  private async readStream(input: Followed, stream: Readable): Promise<void> {
    try {
      for await (const chunk of stream) {
        if (this.stopped) return;
        input.lastData = Date.now();
        input.feed.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      }
    } catch (error) {
      if (this.stopped) return;
      const w = followWords(this.opts.analyze.lang);
      this.hooks.note(w.cannotRead(input.name, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
    if (this.stopped) return;
    input.feed.settle();
    if (--this.streamsOpen === 0 && this.inputs.every((i) => i.tailer === undefined)) this.hooks.ended();
  }
}
