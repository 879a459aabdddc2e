import type { Writable } from 'node:stream';
import type { Lang } from '../catalog/types.js';
import type { Progress } from '../pipeline/run.js';
import { oneLine } from '../util/sanitize.js';
import { commandWords } from './words.js';

const MB = 1024 * 1024;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60
    ? `${m}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** One line: name, bar, percentage, bytes, rate and time left. Pure, for tests. */
export function progressLine(p: Progress, elapsedMs: number, width: number, lang: Lang = 'en'): string {
  const rate = elapsedMs > 0 ? p.bytesRead / (elapsedMs / 1000) : 0;
  const total = p.size ?? 0;
  const share = total > 0 ? Math.min(1, p.bytesRead / total) : 0;
  const left = rate > 0 && total > 0 ? (total - p.bytesRead) / rate : Number.NaN;
  const mb = (bytes: number): string => (bytes / MB).toFixed(0);
  const percent = (share * 100).toFixed(0).padStart(3);
  const timeLeft = commandWords(lang).timeLeft(duration(left));
  const numbers = ` ${percent}% ${mb(p.bytesRead)}/${mb(total)} MB ${mb(rate)} MB/s ${timeLeft}`;
  const oneLineName = oneLine(p.name);
  const name = oneLineName.length > 24 ? `…${oneLineName.slice(-23)}` : oneLineName;
  const barWidth = Math.max(10, Math.min(40, width - name.length - numbers.length - 4));
  const filled = Math.round(share * barWidth);
  return `${name} [${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${numbers}`;
}

const REDRAW_MS = 100;

/** A progress bar redrawn in place on a terminal, at most every 100 ms. */
export class ProgressBar {
  private readonly out: Writable;
  private readonly width: number;
  private readonly lang: Lang;
  private readonly started = Date.now();
  // The first draw waits a moment: a small file is read before a bar would help.
  private last = Date.now();
  private drawn = false;

  constructor(out: Writable, width: number, lang: Lang) {
    this.out = out;
    this.width = width;
    this.lang = lang;
  }

  update(p: Progress): void {
    const now = Date.now();
    if (now - this.last < REDRAW_MS || p.size === undefined) return;
    this.last = now;
    this.drawn = true;
    this.out.write(`\r${progressLine(p, now - this.started, this.width, this.lang)}\x1b[K`);
  }

  clear(): void {
    if (this.drawn) this.out.write('\r\x1b[K');
    this.drawn = false;
  }
}
