import { REDACTED } from './rule.js';
import { redactText } from './redact-text.js';
import { isSecretKey } from './secret-names.js';

/** Returns a copy of a parsed JSON value with every secret value replaced; the input is not changed. */
export function redactDeep<T>(value: T): T {
  return walk(value, 0) as T;
}

// Marketo bodies are a few levels deep. Deeper than this is not Marketo's and
// is not walked (a stack overflow otherwise); what is not checked is dropped.
const MAX_DEPTH = 64;

function walk(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = walk(value[i], depth + 1);
      if (next !== value[i]) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  const obj = value as Record<string, unknown>;
  // HAR headers, cookies and query strings are {name, value} pairs.
  const pairName = typeof obj.name === 'string' && 'value' in obj ? obj.name : undefined;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(obj)) {
    const current = obj[key];
    let next: unknown;
    if (isSecretKey(key) || (key === 'value' && pairName !== undefined && isSecretKey(pairName))) {
      next = current === undefined || current === null || current === '' ? current : REDACTED;
    } else {
      next = walk(current, depth + 1);
    }
    if (next !== current) (copy ??= { ...obj })[key] = next;
  }
  return copy ?? obj;
}
