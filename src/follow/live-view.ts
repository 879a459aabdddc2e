import { Chalk } from 'chalk';
import type { Lang, Level } from '../catalog/types.js';
import { LEVELS } from '../catalog/types.js';
import { CONCURRENCY_LIMIT } from '../diagnose/concurrency.js';
import { RATE_LIMIT } from '../diagnose/rate-window.js';
import { formatInt, formatTime } from '../report/format.js';
import type { NdjsonFinding } from '../report/ndjson.js';
import { oneLine } from '../util/sanitize.js';
import type { LiveNumbers } from './live-metrics.js';
import { followWords } from './words.js';

/** What one frame of the live view shows. */
export interface ViewModel {
  inputs: number;
  paused: boolean;
  numbers: LiveNumbers;
  dailyQuota: number;
  sinceStart: Record<Level, number>;
  topCodes: Array<{ level: Level; code: string; count: number; title: string; remedy: string }>;
  /** Newest last. */
  lastFindings: NdjsonFinding[];
  /** Alert lines, newest last. */
  alerts: string[];
}

export interface FrameOptions {
  width: number;
  height: number;
  color: boolean;
  lang: Lang;
}

const BAR = 20;
const MIN_WIDTH = 20;

/** Cuts a line of plain text to `width` columns. Log text is made one line without control characters first. */
function fit(text: string, width: number): string {
  const line = oneLine(text);
  return line.length <= width ? line : `${line.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * One frame as lines, each at most `width` columns and at most `height` lines
 * in all: sections at the bottom give way first. Pure: same model, same frame.
 */
export function renderFrame(m: ViewModel, opts: FrameOptions): string[] {
  const w = followWords(opts.lang);
  const v = w.view;
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(opts.width, MIN_WIDTH);
  const n = (x: number): string => formatInt(x, opts.lang);
  const bar = (value: number, limit: number): string => {
    const filled = Math.min(BAR, Math.round((value / limit) * BAR));
    const share = value / limit;
    const paint = share > 1 ? c.red : share >= 0.8 ? c.yellow : c.green;
    return `[${paint('█'.repeat(filled))}${'░'.repeat(BAR - filled)}]`;
  };
  const row = (label: string, value: number, limit: number): { plain: string; shown: string } => {
    const text = `${n(value)} / ${n(limit)}`;
    const head = `${label.padEnd(30)} `;
    return { plain: `${head}[${'x'.repeat(BAR)}] ${text}`, shown: `${head}${bar(value, limit)} ${text}` };
  };
  // Coloured lines are measured by their plain text: escape codes take no columns.
  const lines: Array<{ plain: string; shown: string }> = [];
  const plain = (text: string, paint: (s: string) => string = (s) => s): void => {
    const cut = fit(text, width);
    lines.push({ plain: cut, shown: paint(cut) });
  };
  const at = m.numbers.at === null ? '' : `  ${formatTime(new Date(m.numbers.at).toISOString(), '')}`;
  plain(`marketo-errors · ${v.title(m.inputs)}${at}${m.paused ? `  ${v.paused}` : ''}`, c.bold);
  plain('');
  for (const r of [
    row(v.rate, m.numbers.rate, RATE_LIMIT),
    row(v.inflight, m.numbers.inflight, CONCURRENCY_LIMIT),
    row(v.today(m.numbers.day ?? '-'), m.numbers.today, m.dailyQuota),
  ]) {
    if (r.plain.length <= width) lines.push(r);
    else plain(r.plain.replace(/\[x+\] /, ''));
  }
  plain('');
  plain(`${v.failures.padEnd(12)}${LEVELS.map((l) => l.padStart(10)).join('')}`, c.bold);
  plain(`${v.lastMinute.padEnd(12)}${LEVELS.map((l) => n(m.numbers.lastMinute[l]).padStart(10)).join('')}`);
  plain(`${v.sinceStart.padEnd(12)}${LEVELS.map((l) => n(m.sinceStart[l]).padStart(10)).join('')}`);
  const sections: Array<[string, string[]]> = [
    [v.alerts, m.alerts.length > 0 ? m.alerts.slice(-3) : [v.none]],
    [
      v.topCodes,
      m.topCodes.length > 0
        ? m.topCodes.map((t) => `${t.level} ${t.code} ×${n(t.count)} ${t.title}: ${t.remedy}`)
        : [v.none],
    ],
    [
      v.lastFindings,
      [...m.lastFindings]
        .reverse()
        .map((f) => `${f.time ? formatTime(f.time, '') : '-'} ${f.level} ${f.code} ${f.endpoint ?? ''} ${f.source}`),
    ],
  ];
  const footer = fit(v.keys, width);
  for (const [title, items] of sections) {
    if (items.length === 0) continue;
    if (lines.length + 3 > opts.height - 1) break;
    plain('');
    plain(title, c.bold);
    for (const item of items) {
      if (lines.length >= opts.height - 1) break;
      plain(`  ${item}`, title === v.alerts && m.alerts.length > 0 ? c.red : undefined);
    }
  }
  const out = lines.slice(0, Math.max(1, opts.height - 1)).map((l) => l.shown);
  if (opts.height > 1) out.push(c.dim(footer));
  return out;
}
