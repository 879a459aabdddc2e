import type { Lang, Level } from '../../catalog/types.js';

/** Every fixed label the `codes` and `explain` renderers print, per language. */
export interface CodesWords {
  code: string;
  level: string;
  title: string;
  meaning: string;
  remedy: string;
  retry: string;
  countsAgainstQuota: string;
  quotaShort: string;
  messages: string;
  source: string;
  yes: string;
  no: string;
  levels: Record<Level, string>;
  sources: Record<'page' | 'facts', string>;
  quotaCounted: string;
  quotaNotCounted: string;
  noEntries: string;
}

export const CODES_WORDS: Readonly<Record<Lang, CodesWords>> = {
  en: {
    code: 'Code',
    level: 'Level',
    title: 'Title',
    meaning: 'Meaning',
    remedy: 'Remedy',
    retry: 'Retry',
    countsAgainstQuota: 'Counts against quota',
    quotaShort: 'Quota',
    messages: 'Messages',
    source: 'Source',
    yes: 'yes',
    no: 'no',
    levels: { http: 'HTTP', response: 'Response', record: 'Record' },
    sources: { page: "Marketo's error-code page", facts: 'observed in real responses' },
    quotaCounted: 'A call that fails with this code still counts against the daily quota and the rate limit.',
    quotaNotCounted: 'A call that fails with this code counts against neither the daily quota nor the rate limit.',
    noEntries: 'No matching error codes.',
  },
  sv: {
    code: 'Kod',
    level: 'Nivå',
    title: 'Rubrik',
    meaning: 'Betydelse',
    remedy: 'Åtgärd',
    retry: 'Nytt försök',
    countsAgainstQuota: 'Räknas mot kvoten',
    quotaShort: 'Kvot',
    messages: 'Meddelanden',
    source: 'Källa',
    yes: 'ja',
    no: 'nej',
    levels: { http: 'HTTP', response: 'Svar', record: 'Post' },
    sources: { page: 'Marketos sida med felkoder', facts: 'sett i verkliga svar' },
    quotaCounted: 'Ett anrop som misslyckas med den här koden räknas ändå mot dagskvoten och anropsgränsen.',
    quotaNotCounted: 'Ett anrop som misslyckas med den här koden räknas varken mot dagskvoten eller anropsgränsen.',
    noEntries: 'Inga matchande felkoder.',
  },
};
