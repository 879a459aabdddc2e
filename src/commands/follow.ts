import type { Level } from '../catalog/types.js';
import { AppError, EXIT } from '../errors.js';
import { msg } from '../errors/words.js';
import { AlertRuleError, parseAlertRule, RULE_EXAMPLES } from '../follow/alert-rules.js';
import { runAlertExec } from '../follow/alert-exec.js';
import { alertLine } from '../follow/alert-line.js';
import { checkWritable, writeAtomically } from '../follow/atomic-write.js';
import { FollowRun } from '../follow/follow-run.js';
import { renderFrame } from '../follow/live-view.js';
import { Screen } from '../follow/screen.js';
import { followWords } from '../follow/words.js';
import { followSources } from '../follow/sources.js';
import { loadState, saveState } from '../follow/state-file.js';
import type { AnalyzeOptions } from '../pipeline/options.js';
import type { ReportFormatSpec } from '../report/format-spec.js';
import { ndjsonLine, ndjsonSummaryLine } from '../report/ndjson.js';
import { stderrLine } from '../util/stderr-line.js';
import type { AnalyzeFlags } from './analyze-options.js';
import type { ToolInfo } from './analyze.js';
import { exitCodeFor, openTextSink, useColor, type Io } from './io.js';
import { renderOptionsFor, writeReport } from './write-report.js';

/** What `analyze` has already checked, handed on to follow mode. */
export interface FollowSetup {
  paths: string[];
  format: ReportFormatSpec;
  failOn: Level[] | undefined;
  options: AnalyzeOptions;
  filters: Record<string, string | string[]>;
  flags: AnalyzeFlags;
  tool: ToolInfo;
}

const DEFAULT_REFRESH_S = 1;
const MAX_HELD = 200;
const MAX_ALERT_LINES = 20;

function keepLast(list: string[], item: string, max: number): void {
  list.push(item);
  if (list.length > max) list.splice(0, list.length - max);
}
const MAX_REFRESH_S = 60;

function refreshSeconds(value: string | undefined): number {
  if (value === undefined) return DEFAULT_REFRESH_S;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_REFRESH_S) {
    throw new AppError('BAD_OPTION', msg('badRefresh', { max: MAX_REFRESH_S, value: String(value) }));
  }
  return n;
}

function alertRules(specs: string[] | undefined) {
  return (specs ?? []).map((spec) => {
    try {
      return parseAlertRule(spec);
    } catch (error) {
      if (error instanceof AlertRuleError)
        throw new AppError('BAD_OPTION', msg('badAlert', { detail: error.words, examples: RULE_EXAMPLES }));
      throw error;
    }
  });
}

/**
 * `analyze --follow`: reads the inputs as they grow until Ctrl-C, `q`, the end
 * of every piped input, or (with --exit-on-alert) the first alert; then the
 * final report in the chosen format and the usual exit code.
 */
export async function followCommand(setup: FollowSetup, io: Io): Promise<number> {
  const { format, flags, options } = setup;
  const lang = options.lang;
  const refreshMs = refreshSeconds(flags.refresh) * 1000;
  const rules = alertRules(flags.alert);
  if (options.inputFormat !== undefined && options.inputFormat !== 'ndjson') {
    throw new AppError('BAD_OPTION', msg('followNdjson', { format: String(options.inputFormat) }));
  }
  if (flags.exitOnAlert && rules.length === 0) throw new AppError('BAD_OPTION', msg('exitOnAlert'));
  const sources = await followSources(setup.paths, io.stdin);
  const toFile = flags.output !== undefined && flags.output !== '-';
  if (toFile && format.name !== 'ndjson') await checkWritable(flags.output!, '-o');
  if (flags.state !== undefined) await checkWritable(flags.state, '--state');
  const resume = flags.state === undefined ? undefined : await loadState(flags.state);
  const renderOpts = renderOptionsFor(io, flags, lang);
  // ndjson is the event stream itself: findings and alerts as they come, the summary at the end.
  const events = format.name === 'ndjson' ? await openTextSink(io, flags.output) : undefined;
  const screen = io.stdoutIsTTY && io.onKey && (format.name === 'table' || toFile) ? new Screen(io.stdout) : undefined;
  // Lines for stderr wait while the live view owns the terminal, then follow it.
  // Bounded like everything else in a watch that may run for days: the latest lines are kept.
  const held: string[] = [];
  const say = (line: string): void => {
    if (screen?.active && io.stderrIsTTY) keepLast(held, line, MAX_HELD);
    else io.stderr.write(`marketo-errors: ${stderrLine(line)}\n`);
  };
  const alertLines: string[] = [];
  const hooks = new Set<Promise<unknown>>();
  let alerted = false;
  let paused = false;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));

  const run = new FollowRun(
    sources,
    { analyze: options, rules, pollMs: Math.max(refreshMs, 1000), resume },
    {
      finding: (event) => events?.write(ndjsonLine(event)),
      alert: (event) => {
        events?.write(ndjsonLine(event));
        const line = alertLine(event, lang);
        keepLast(alertLines, line, MAX_ALERT_LINES);
        say(line);
        if (flags.alertExec) {
          const hook = runAlertExec(flags.alertExec, event, io.env).then(
            (problem) => problem && say(followWords(lang).alertExec(problem)),
          );
          hooks.add(hook);
          void hook.then(() => hooks.delete(hook));
        }
        if (flags.exitOnAlert && event.state === 'start') {
          alerted = true;
          finish();
        }
      },
      note: (message) => (flags.quiet ? undefined : say(message)),
      ended: () => finish(),
    },
  );

  const report = () => run.analyzer.report({ lang, tool: setup.tool, filters: setup.filters });
  /** A new frame; a paused view keeps its frame, marked as paused. */
  const draw = (force = false): void => {
    if (!screen || (paused && !force)) return;
    const frame = renderFrame(run.viewModel(paused, alertLines), {
      width: io.columns,
      height: io.rows ?? 24,
      color: useColor(io, flags.color, false),
      lang,
    });
    screen.draw(frame);
  };
  let lastKey = '';
  let saving: Promise<void> = Promise.resolve();
  const refresh = (): void => {
    run.tick(Date.now());
    draw();
    // The -o report and the state file are rewritten only when something was read.
    const key = JSON.stringify(run.savedInputs());
    if (key === lastKey || (!flags.state && (!toFile || events))) return;
    lastKey = key;
    if (flags.state) run.settleAll();
    saving = saving.then(persist).catch((error: unknown) => say((error as Error).message));
  };
  const persist = async (): Promise<void> => {
    const r = report();
    if (toFile && !events) await writeAtomically(flags.output!, format.render(r, renderOpts));
    if (flags.state) await saveState(flags.state, run.savedInputs(), r);
  };

  const undo: Array<() => void> = [];
  undo.push(io.onInterrupt?.(() => finish()) ?? (() => undefined));
  if (screen) {
    screen.enter();
    undo.push(() => screen.leave());
    undo.push(
      io.onKey!((key) => {
        if (key === 'q' || key === 'Q' || key === '\u0003') finish();
        else if (key === 'p' || key === 'P') {
          paused = !paused;
          draw(true);
        }
      }),
    );
    undo.push(
      io.onResize?.((columns, rows) => {
        io.columns = columns;
        io.rows = rows;
        draw(true);
      }) ?? (() => undefined),
    );
  }
  const timer = setInterval(refresh, refreshMs);
  try {
    await run.start();
    // What was there at the start is read: count it all and show it at once.
    run.settleAll();
    refresh();
    await done;
  } finally {
    clearInterval(timer);
    for (const u of undo.reverse()) u();
  }
  await run.stop();
  await saving;
  const final = report();
  for (const line of held) io.stderr.write(`marketo-errors: ${stderrLine(line)}\n`);
  if (events) {
    events.write(ndjsonSummaryLine(final));
    await events.end();
  } else if (toFile) {
    await writeAtomically(flags.output!, format.render(final, renderOpts));
  } else {
    await writeReport(io, format, final, { ...renderOpts, width: io.columns }, undefined);
  }
  if (flags.state) await saveState(flags.state, run.savedInputs(), final);
  await Promise.all([...hooks]);
  return alerted ? EXIT.findings : exitCodeFor(final, setup.failOn);
}
