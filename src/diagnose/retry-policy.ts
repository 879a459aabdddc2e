import { findEntry } from '../catalog/index.js';
import type { Level, RetryPolicy } from '../catalog/types.js';

/** Policies under which sending the same request again cannot succeed. */
const HOPELESS: ReadonlySet<RetryPolicy> = new Set<RetryPolicy>(['fix-request', 'fix-data', 'fix-permissions']);

/**
 * Used only for codes the catalog does not know: 603, 605, 609, 610, 612, 613,
 * 616, the 7xx codes except the transient 713 and 719, 413 and 414, and the
 * 1xxx codes except those that clear by waiting (1016, 1019, 1020, 1029).
 */
function hopelessWithoutCatalog(code: string): boolean {
  const n = Number(code);
  if (!Number.isInteger(n)) return false;
  if ([413, 414, 603, 605, 609, 610, 612, 613, 616].includes(n)) return true;
  if (n >= 700 && n < 800) return n !== 713 && n !== 719;
  if (n >= 1000 && n < 2000) return ![1016, 1019, 1020, 1029].includes(n);
  return false;
}

const cache = new Map<string, boolean>();

/** True when retrying a call that failed with this code, unchanged, cannot succeed. */
export function isRetryPointless(code: string, level: Level): boolean {
  const key = `${level}:${code}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    const entry = findEntry(code, level);
    hit = entry ? HOPELESS.has(entry.retry) : hopelessWithoutCatalog(code);
    if (cache.size < 10_000) cache.set(key, hit);
  }
  return hit;
}
