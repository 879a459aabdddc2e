import type { CatalogEntry, Level, RetryPolicy } from '../types.js';

/** [title, meaning, remedy]: a tuple keeps the data files short and easy to scan. */
export type TextTuple = readonly [title: string, meaning: string, remedy: string];

export interface EntrySpec {
  code: string;
  level: Level;
  retry: RetryPolicy;
  messages: readonly string[];
  /** Defaults to 'page'. */
  source?: 'page' | 'facts';
  /** Defaults to true; false only for the starred codes and the identity endpoint. */
  countsAgainstQuota?: boolean;
  en: TextTuple;
  sv: TextTuple;
}

/** Builds a frozen CatalogEntry from the compact spec used in the data files. */
export function defineEntry(spec: EntrySpec): CatalogEntry {
  const [enTitle, enMeaning, enRemedy] = spec.en;
  const [svTitle, svMeaning, svRemedy] = spec.sv;
  return Object.freeze({
    code: spec.code,
    level: spec.level,
    retry: spec.retry,
    countsAgainstQuota: spec.countsAgainstQuota ?? true,
    messages: Object.freeze([...spec.messages]),
    source: spec.source ?? 'page',
    text: Object.freeze({
      en: Object.freeze({ title: enTitle, meaning: enMeaning, remedy: enRemedy }),
      sv: Object.freeze({ title: svTitle, meaning: svMeaning, remedy: svRemedy }),
    }),
  });
}
