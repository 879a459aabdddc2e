import { bulkFailures } from './bulk-failures.js';
import { bulkPolling } from './bulk-polling.js';
import { concurrency } from './concurrency.js';
import { dailyQuota } from './daily-quota.js';
import type { CommonPhrases } from './detector.js';
import { instanceUsage } from './instance-usage.js';
import { nearLimits } from './near-limits.js';
import { rateWindow } from './rate-window.js';
import { recordPatterns } from './record-patterns.js';
import { retryPointless } from './retry-pointless.js';
import { retryTooSoon } from './retry-too-soon.js';
import { tokenHandling } from './token-handling.js';

/**
 * Every diagnostic, one line each. A new one is a detector file (its `DetectorKind`
 * with a `describe`), its test, a line here, and its phrases in words-en.ts and
 * words-sv.ts (the compiler asks for them).
 */
export const DETECTORS = [
  rateWindow,
  concurrency,
  retryTooSoon,
  retryPointless,
  tokenHandling,
  nearLimits,
  dailyQuota,
  recordPatterns,
  bulkFailures,
  bulkPolling,
  instanceUsage,
] as const;

type Kind = (typeof DETECTORS)[number];
export type DiagnosticId = Kind['id'];

/** The phrases one language gives the diagnostic `K`. */
export type PhrasesOf<K extends DiagnosticId> = Parameters<Extract<Kind, { id: K }>['describe']>[1];

/** The words of one language for every diagnostic. */
export type PhraseBook = { common: CommonPhrases } & { [K in DiagnosticId]: PhrasesOf<K> };
