import type { Lang } from '../catalog/types.js';
import type { PhraseBook } from './registry.js';
import { EN } from './words-en.js';
import { SV } from './words-sv.js';

/**
 * The only place where diagnostics get words: a phrase book per language
 * (words-en.ts, words-sv.ts). Each detector's `describe` puts the phrases
 * of its id together into a title and advice, the same way in every language.
 */
export const PHRASES: Readonly<Record<Lang, PhraseBook>> = { en: EN, sv: SV };
