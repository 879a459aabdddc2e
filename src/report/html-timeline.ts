import type { Lang, Level } from '../catalog/types.js';
import { LEVELS } from '../catalog/types.js';
import { escapeHtml } from '../util/sanitize.js';
import { formatDuration, formatEpoch, formatInt } from './format.js';
import { LEVEL_COLOR } from './html-style.js';
import { maxOf } from './numbers.js';
import { displayTimeline } from './timeline-buckets.js';
import type { Timeline } from './model.js';
import type { Words } from './words.js';

/**
 * The failures of each level per time bucket as an inline SVG stacked area
 * chart. Areas are drawn as steps, one flat top per bucket, because a count
 * belongs to the whole bucket; a slanted line between sparse buckets would
 * show failures where there were none. Time runs along x in UTC, there is
 * a legend, and <title> tooltips per bucket that need no script.
 */

const W = 960;
const H = 300;
const M = { top: 40, right: 20, bottom: 48, left: 64 };
const MAX_FILLED_BUCKETS = 5000;
const MAX_TIPS = 600;

type Point = Timeline['points'][number];

/** Buckets without failures or calls may be missing from the report: draw them as zero. */
function fillGaps(tl: Timeline): Point[] {
  const pts = tl.points;
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (!first || !last || tl.bucketMs <= 0) return pts;
  const n = Math.floor((last.t - first.t) / tl.bucketMs) + 1;
  if (n > MAX_FILLED_BUCKETS) return pts;
  const byT = new Map(pts.map((p) => [p.t, p]));
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const t = first.t + i * tl.bucketMs;
    out.push(byT.get(t) ?? { t, calls: 0, http: 0, response: 0, record: 0 });
  }
  return out;
}

/** A round step so that about `target` ticks span 0..max. */
function niceStep(max: number, target: number): number {
  const raw = Math.max(max, 1) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
  return Math.max(1, step);
}

const TIME_STEPS = [
  60e3,
  5 * 60e3,
  10 * 60e3,
  15 * 60e3,
  30 * 60e3,
  3600e3,
  3 * 3600e3,
  6 * 3600e3,
  12 * 3600e3,
  86400e3,
];

export function renderTimelineSvg(reported: Timeline, w: Words, lang: Lang): string {
  const tl = displayTimeline(reported);
  const pts = fillGaps(tl);
  const levels = LEVELS.filter((l) => pts.some((p) => p[l] > 0));
  if (pts.length === 0) return `<p class="empty">${escapeHtml(w.timelineEmpty)}</p>`;
  if (levels.length === 0) {
    const from = formatEpoch(pts[0]!.t, true);
    const to = formatEpoch(pts[pts.length - 1]!.t + tl.bucketMs, true);
    return `<p class="empty">${escapeHtml(w.timelineNoFailures(from, to))}</p>`;
  }

  const t0 = pts[0]!.t;
  const t1 = pts[pts.length - 1]!.t + tl.bucketMs;
  const span = Math.max(t1 - t0, 1);
  const yMax0 = maxOf(
    pts.map((p) => levels.reduce((sum, l) => sum + p[l], 0)),
    0,
  );
  const yStep = niceStep(yMax0, 5);
  const yMax = Math.ceil(yMax0 / yStep) * yStep;
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const x = (t: number) => M.left + ((t - t0) / span) * pw;
  const y = (v: number) => M.top + ph - (v / yMax) * ph;
  const f = (v: number) => v.toFixed(1);

  const parts: string[] = [];
  // Y grid and labels.
  const grid: string[] = [];
  const yAxis: string[] = [];
  for (let v = 0; v <= yMax; v += yStep) {
    grid.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${f(y(v))}" y2="${f(y(v))}"/>`);
    yAxis.push(`<text x="${M.left - 8}" y="${f(y(v) + 4)}" text-anchor="end">${formatInt(v, lang)}</text>`);
  }
  parts.push(`<g class="grid">${grid.join('')}</g>`);

  // X ticks at round times.
  const step = TIME_STEPS.find((s) => span / s <= 8) ?? Math.ceil(span / 8 / 86400e3) * 86400e3;
  const multiDay = new Date(t0).toISOString().slice(0, 10) !== new Date(t1 - 1).toISOString().slice(0, 10);
  const xAxis: string[] = [];
  let firstTick = true;
  for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) {
    const px = M.left + ((t - t0) / span) * pw;
    const label = formatEpoch(t, firstTick || multiDay);
    xAxis.push(`<line x1="${f(px)}" x2="${f(px)}" y1="${M.top + ph}" y2="${M.top + ph + 5}"/>`);
    xAxis.push(`<text x="${f(px)}" y="${M.top + ph + 19}" text-anchor="middle">${escapeHtml(label)}</text>`);
    firstTick = false;
  }
  parts.push(
    `<g class="axis">`,
    `<path d="M${M.left} ${M.top}V${M.top + ph}H${W - M.right}" fill="none"/>`,
    ...yAxis,
    ...xAxis,
    `<text class="title" x="${M.left + pw / 2}" y="${H - 6}" text-anchor="middle">`,
    `${escapeHtml(w.timelineAxisTime)}</text>`,
    `<text class="title" transform="translate(16 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle">`,
    `${escapeHtml(w.timelineAxisCount(formatDuration(tl.bucketMs)))}</text>`,
    `</g>`,
  );

  const below = pts.map(() => 0);
  for (const level of levels) parts.push(series(level, pts, below, x, y, tl.bucketMs));
  parts.push(tooltips(pts, levels, x, M.top, ph, w, lang, tl.bucketMs));

  // Legend, top right.
  // Laid out right to left from an estimate of the text width (no script to measure).
  let lx = W - M.right;
  const legend = [...levels].reverse().map((l) => {
    const total = pts.reduce((s, p) => s + p[l], 0);
    const text = `${w.level[l]} (${formatInt(total, lang)})`;
    lx -= 20 + text.length * 7.4 + 18;
    const swatch = `<rect width="14" height="14" rx="3" fill="${LEVEL_COLOR[l]}" fill-opacity="0.7"/>`;
    return `<g transform="translate(${lx.toFixed(0)} 12)">${swatch}<text x="20" y="12">${escapeHtml(text)}</text></g>`;
  });
  parts.push(`<g class="legend">${legend.join('')}</g>`);

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img"`;
  return `${svg} aria-label="${escapeHtml(w.timeline)}">${parts.join('')}</svg>`;
}

/** One level's band of the stack; `below` holds the stacked height so far and is advanced. */
function series(
  level: Level,
  pts: Point[],
  below: number[],
  x: (t: number) => number,
  y: (v: number) => number,
  bucketMs: number,
): string {
  const color = LEVEL_COLOR[level];
  const f = (v: number) => v.toFixed(1);
  const top: string[] = [];
  const bottom: string[] = [];
  // The top edge is stroked only where the band has height, so that a level
  // with nothing in a bucket does not draw over the level below it.
  const edges: string[] = [];
  pts.forEach((p, i) => {
    const lo = below[i] ?? 0;
    const hi = lo + p[level];
    const x0 = f(x(p.t));
    const x1 = f(x(p.t + bucketMs));
    top.push(`${x0} ${f(y(hi))}`, `${x1} ${f(y(hi))}`);
    bottom.push(`${x0} ${f(y(lo))}`, `${x1} ${f(y(lo))}`);
    if (p[level] > 0) edges.push(`M${x0} ${f(y(hi))}H${x1}`);
    below[i] = hi;
  });
  const band = `M${top.join('L')}L${bottom.reverse().join('L')}Z`;
  return (
    `<g class="series" data-level="${level}">` +
    `<path class="area" d="${band}" fill="${color}" fill-opacity="0.7" stroke="none"/>` +
    `<path class="line" d="${edges.join('')}" fill="none" stroke="${color}" stroke-width="2"/>` +
    `</g>`
  );
}

/** Invisible columns over the buckets with failures, each with a <title> breakdown. */
function tooltips(
  pts: Point[],
  levels: Level[],
  x: (t: number) => number,
  top: number,
  height: number,
  w: Words,
  lang: Lang,
  bucketMs: number,
): string {
  const withData = pts.filter((p) => levels.some((l) => p[l] > 0));
  if (withData.length > MAX_TIPS) return '';
  const cols = withData.map((p) => {
    const counts = levels.map((l) => `${w.level[l]}: ${formatInt(p[l], lang)}`).join(', ');
    const calls = `${w.calls}: ${formatInt(p.calls, lang)}`;
    const tip = `${formatEpoch(p.t, true)} (+${formatDuration(bucketMs)}) · ${calls} · ${counts}`;
    const x0 = x(p.t);
    const width = Math.max(x(p.t + bucketMs) - x0, 1).toFixed(1);
    return (
      `<rect x="${x0.toFixed(1)}" y="${top}" width="${width}" height="${height}" fill="#000" fill-opacity="0">` +
      `<title>${escapeHtml(tip)}</title></rect>`
    );
  });
  return `<g class="tips">${cols.join('')}</g>`;
}
