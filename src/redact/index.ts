/**
 * Secrets are removed as the log is read, before anything becomes an
 * Exchange or a Finding, so no later stage (or format) can leak them: one set
 * of rules (rules.ts), by the name before a value in any spelling and by the
 * shape of the value, for every text that can reach a report.
 */
export { REDACTED } from './rule.js';
export { isSecretKey } from './secret-names.js';
export { mayHoldSecret, redactText } from './redact-text.js';
export { redactDeep, redactStrings } from './redact-deep.js';
export { reportText, reportUrl } from './report-text.js';
