import type { Lang } from '../catalog/types.js';
import type { Sample } from './samples.js';

/** 45000 -> "45,000" (en) or "45 000" (sv, with a no-break space). */
export function num(n: number, lang: Lang): string {
  // Up to two decimals, trailing zeros dropped: 7.25, 0.08, 2.
  const rounded = Number.isInteger(n)
    ? String(Math.abs(n))
    : Math.abs(n)
        .toFixed(2)
        .replace(/\.?0+$/, '');
  const [int, frac] = rounded.split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? '\u00a0' : ',');
  const dec = frac === undefined ? '' : (lang === 'sv' ? ',' : '.') + frac;
  return (n < 0 ? '-' : '') + grouped + dec;
}

/** "requestId 1a2b#c3 (app.log:12), app.log:40" for the first few samples. */
export function sampleList(samples: readonly Sample[], max = 3): string {
  return samples
    .slice(0, max)
    .map((s) => (s.requestId ? `requestId ${s.requestId} (${s.source})` : s.source))
    .join(', ');
}

/** 0.9 -> "90". */
export function pct(share: number): string {
  return String(Math.round(share * 100));
}

/** Sentences joined by a space, the empty ones left out. */
export function sentences(...parts: string[]): string {
  return parts.filter((p) => p !== '').join(' ');
}
