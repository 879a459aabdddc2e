import type { Lang } from '../catalog/types.js';
import type { DiagnosticId } from './types.js';
import type { EvidenceById, WordTable, Words } from './words-format.js';
import { EN } from './words-en.js';
import { SV } from './words-sv.js';

export type { EvidenceById, WordTable, Words } from './words-format.js';

/**
 * The only place where diagnostics get words. Detectors hand over evidence
 * (numbers, times, samples); a table per language (words-en.ts, words-sv.ts)
 * turns it into a title and advice.
 */
export const WORDS: Record<Lang, WordTable> = { en: EN, sv: SV };

export function wordsFor<K extends DiagnosticId>(lang: Lang, id: K, evidence: EvidenceById[K]): Words {
  const table: WordTable = WORDS[lang] ?? EN;
  return table[id](evidence);
}
