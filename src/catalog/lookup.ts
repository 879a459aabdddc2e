import type { CatalogEntry, Level } from './types.js';
import { HTTP_ENTRIES } from './data/http.js';
import { RESPONSE_600_ENTRIES } from './data/response-600.js';
import { RESPONSE_608_ENTRIES } from './data/response-608.js';
import { RESPONSE_700_ENTRIES } from './data/response-700.js';
import { RECORD_1000_ENTRIES } from './data/record-1000.js';
import { RECORD_1011_ENTRIES } from './data/record-1011.js';
import { RECORD_1025_ENTRIES } from './data/record-1025.js';
import { BULK_ENTRIES } from './data/bulk.js';

/** Every known code, ordered by level (http, response, record) and then numerically. */
export const CATALOG: readonly CatalogEntry[] = Object.freeze([
  ...HTTP_ENTRIES,
  ...RESPONSE_600_ENTRIES,
  ...RESPONSE_608_ENTRIES,
  ...RESPONSE_700_ENTRIES,
  ...RECORD_1000_ENTRIES,
  ...RECORD_1011_ENTRIES,
  ...RECORD_1025_ENTRIES,
]);

const byCode = new Map<string, CatalogEntry[]>();
for (const entry of CATALOG) {
  const list = byCode.get(entry.code);
  if (list) list.push(entry);
  else byCode.set(entry.code, [entry]);
}

const bulkByCode = new Map(BULK_ENTRIES.map((e) => [e.code, e]));

/** Normalises a code as it arrives from a log: number or string, maybe padded with whitespace. */
export function normaliseCode(code: string | number): string {
  return String(code).trim();
}

/**
 * The entry for a code. With a level, the entry documented at that level wins; otherwise
 * (or when there is none at that level) any entry with the code, since 1029, 1035 or 502
 * also turn up at a level other than the documented one.
 */
export function findEntry(code: string | number, level?: Level): CatalogEntry | undefined {
  const list = byCode.get(normaliseCode(code));
  // Reasons of bulk import files that no documented code fits have entries of their own.
  if (!list) return bulkByCode.get(normaliseCode(code));
  if (level) {
    const atLevel = list.find((e) => e.level === level);
    if (atLevel) return atLevel;
  }
  return list[0];
}

const byLevel = new Map<Level, readonly CatalogEntry[]>();

/** Entries documented at one level, in catalog order. */
export function entriesAt(level: Level): readonly CatalogEntry[] {
  let list = byLevel.get(level);
  if (!list) {
    list = Object.freeze(CATALOG.filter((e) => e.level === level));
    byLevel.set(level, list);
  }
  return list;
}
