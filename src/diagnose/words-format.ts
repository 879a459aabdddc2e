import type { Lang } from '../catalog/types.js';
import type { ConcurrencyEvidence } from './concurrency.js';
import type { DailyQuotaEvidence } from './daily-quota.js';
import type { NearLimitsEvidence } from './near-limits.js';
import type { RateWindowEvidence } from './rate-window.js';
import type { RecordPatternsEvidence } from './record-patterns.js';
import type { RetryPointlessEvidence } from './retry-pointless.js';
import type { RetryTooSoonEvidence } from './retry-too-soon.js';
import type { Sample } from './samples.js';
import type { TokenHandlingEvidence } from './token-handling.js';
import type { DiagnosticId } from './types.js';

/** The evidence each detector hands to the words. */
export interface EvidenceById {
  'rate-window': RateWindowEvidence;
  concurrency: ConcurrencyEvidence;
  'retry-too-soon': RetryTooSoonEvidence;
  'retry-pointless': RetryPointlessEvidence;
  'token-handling': TokenHandlingEvidence;
  'near-limits': NearLimitsEvidence;
  'daily-quota': DailyQuotaEvidence;
  'record-patterns': RecordPatternsEvidence;
}

export interface Words {
  title: string;
  advice: string;
}

export type WordTable = { [K in DiagnosticId]: (e: EvidenceById[K]) => Words };

/** 45000 -> "45,000" (en) or "45 000" (sv, with a no-break space). */
export function num(n: number, lang: Lang): string {
  // Up to two decimals, trailing zeros dropped: 7.25, 0.08, 2.
  const rounded = Number.isInteger(n) ? String(Math.abs(n)) : Math.abs(n).toFixed(2).replace(/\.?0+$/, '');
  const [int, frac] = rounded.split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? '\u00a0' : ',');
  const dec = frac === undefined ? '' : (lang === 'sv' ? ',' : '.') + frac;
  return (n < 0 ? '-' : '') + grouped + dec;
}

/** "e.g. requestId 1a2b#c3 (app.log:12), app.log:40" for the first few samples; '' for none. */
export function samplesText(samples: readonly Sample[], lang: Lang, max = 3): string {
  if (samples.length === 0) return '';
  const items = samples
    .slice(0, max)
    .map((s) => (s.requestId ? `requestId ${s.requestId} (${s.source})` : s.source))
    .join(', ');
  return lang === 'sv' ? ` Exempel: ${items}.` : ` Examples: ${items}.`;
}

/** 0.9 -> "90". */
export function pct(share: number): string {
  return String(Math.round(share * 100));
}
