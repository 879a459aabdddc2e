import { REDACTED } from './rule.js';
import { redactText } from './redact-text.js';
import { reportText } from './report-text.js';
import { isSecretKey } from './secret-names.js';

// Body text reaches a report only through reportText (classify, buildExchange),
// which reads every length; short strings, most of a body, are passed over here.
const SHORTEST_BODY_TEXT = 12;
const bodyText = (s: string): string => (s.length < SHORTEST_BODY_TEXT ? s : redactText(s));

/**
 * Returns a copy of a parsed JSON value with every secret value replaced (by
 * key name; by text rules in strings of 12 characters or more); the input is not changed.
 */
export function redactDeep<T>(value: T): T {
  return walk(value, 0, true, bodyText) as T;
}

/**
 * Every string of a parsed report (which `merge` reads as it is, perhaps
 * edited by hand) as report text: no secret, no control or invisible
 * character. Keys are the report's own and are not judged by name.
 */
export function redactStrings<T>(value: T): T {
  return walk(value, 0, false, reportText) as T;
}

// Marketo bodies are a few levels deep. Deeper than this is not Marketo's and
// is not walked (a stack overflow otherwise); what is not checked is dropped.
const MAX_DEPTH = 64;

function walk(value: unknown, depth: number, byKey: boolean, text: (s: string) => string): unknown {
  if (typeof value === 'string') return text(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = walk(value[i], depth + 1, byKey, text);
      if (next !== value[i]) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  const obj = value as Record<string, unknown>;
  // HAR headers, cookies and query strings are {name, value} pairs.
  const pairName = byKey && typeof obj.name === 'string' && 'value' in obj ? obj.name : undefined;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(obj)) {
    const current = obj[key];
    let next: unknown;
    if ((byKey && isSecretKey(key)) || (key === 'value' && pairName !== undefined && isSecretKey(pairName))) {
      next = current === undefined || current === null || current === '' ? current : REDACTED;
    } else {
      next = walk(current, depth + 1, byKey, text);
    }
    if (next !== current) (copy ??= { ...obj })[key] = next;
  }
  return copy ?? obj;
}
