import type { CatalogEntry, Lang, Level, RetryPolicy } from '../../catalog/types.js';
import { retryText } from '../../catalog/retry-text.js';

/** One catalog entry flattened for one language: the shape of the JSON output and the CSV columns. */
export interface CodeRow {
  code: string;
  level: Level;
  title: string;
  meaning: string;
  remedy: string;
  retry: RetryPolicy;
  retryLabel: string;
  retryAdvice: string;
  countsAgainstQuota: boolean;
  messages: string[];
  source: 'page' | 'facts';
}

export function toCodeRow(entry: CatalogEntry, lang: Lang): CodeRow {
  const text = entry.text[lang];
  const retry = retryText(entry.retry, lang);
  return {
    code: entry.code,
    level: entry.level,
    title: text.title,
    meaning: text.meaning,
    remedy: text.remedy,
    retry: entry.retry,
    retryLabel: retry.label,
    retryAdvice: retry.advice,
    countsAgainstQuota: entry.countsAgainstQuota,
    messages: [...entry.messages],
    source: entry.source,
  };
}

/** Column order of the CSV output; stable keys so scripts do not depend on the language. */
export const CSV_COLUMNS: readonly (keyof CodeRow)[] = [
  'code',
  'level',
  'title',
  'meaning',
  'remedy',
  'retry',
  'retryLabel',
  'retryAdvice',
  'countsAgainstQuota',
  'messages',
  'source',
];
