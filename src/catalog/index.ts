/** Public face of the error-code catalog: data, lookup, message matching and retry texts. */
export type { CatalogEntry, EntryText, Lang, Level, RetryPolicy } from './types.js';
export { LANGS, LEVELS, RETRY_POLICIES } from './types.js';
export { CATALOG, findEntry, entriesAt, normaliseCode } from './lookup.js';
export { RETRY_TEXT, retryText, type RetryText } from './retry-text.js';
export { matchMessage, captureParams, type MessageMatch } from './matcher.js';
