// Redaction lives in src/redact/ (one rule per file); this path stays for the callers in normalise/.
export {
  REDACTED,
  isSecretKey,
  mayHoldSecret,
  redactDeep,
  redactText,
  reportText,
  reportUrl,
} from '../redact/index.js';
