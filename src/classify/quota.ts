import { findEntry } from '../catalog/index.js';
import type { Finding } from './finding.js';
import type { Exchange } from '../normalise/exchange.js';

/**
 * Whether a call counts against the daily quota and the rate limit: REST and
 * bulk calls that got an answer, except those rejected with a code the
 * catalog marks as not counted (the starred codes). Identity calls never count.
 */
export function countsAgainstQuota(exchange: Exchange, findings: readonly Finding[]): boolean {
  if (exchange.api !== 'rest' && exchange.api !== 'bulk') return false;
  if (exchange.noResponse) return false;
  for (const f of findings) {
    if (f.level === 'response' && findEntry(f.code, 'response')?.countsAgainstQuota === false) return false;
  }
  return true;
}
