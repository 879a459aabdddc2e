/** Where a failure shows up in a Marketo REST response. */
export type Level = 'http' | 'response' | 'record';
export const LEVELS: readonly Level[] = ['http', 'response', 'record'];

export type Lang = 'en' | 'sv';
export const LANGS: readonly Lang[] = ['en', 'sv'];

/**
 * What a client should do when a call returns the code. A closed set so that
 * reports, diagnostics and tests can reason about it.
 */
export type RetryPolicy =
  | 'reauthenticate-then-retry'
  | 'backoff-retry'
  | 'wait-for-window'
  | 'reduce-concurrency'
  | 'wait-for-quota-reset'
  | 'wait-for-queue'
  | 'fix-request'
  | 'fix-data'
  | 'fix-permissions'
  | 'contact-support';

export const RETRY_POLICIES: readonly RetryPolicy[] = [
  'reauthenticate-then-retry',
  'backoff-retry',
  'wait-for-window',
  'reduce-concurrency',
  'wait-for-quota-reset',
  'wait-for-queue',
  'fix-request',
  'fix-data',
  'fix-permissions',
  'contact-support',
];

export interface EntryText {
  /** A few words, e.g. "Access token expired". */
  title: string;
  /** What the code means, for someone who has not seen it before. */
  meaning: string;
  /** What to change or do. */
  remedy: string;
}

export interface CatalogEntry {
  /** The code as Marketo writes it: '606', '1006'; HTTP statuses as '413'. */
  code: string;
  /** The level where Marketo documents the code. */
  level: Level;
  retry: RetryPolicy;
  /** False for the starred codes: such calls count against neither quota nor rate limit. */
  countsAgainstQuota: boolean;
  /** English message templates as Marketo sends them; '%s' marks a captured value. */
  messages: readonly string[];
  /** 'page' when on Marketo's error-code page, 'facts' when known from real responses only. */
  source: 'page' | 'facts';
  text: Record<Lang, EntryText>;
}
