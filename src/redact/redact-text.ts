import { TEXT_RULES } from './rules.js';

// One cheap scan first, so that the common case (no secret) costs one test.
const MAYBE_SECRET = new RegExp(TEXT_RULES.map((r) => r.hint).join('|'), 'i');

// No rule can change a shorter text ('pwd=x' is 5 characters).
const SHORTEST_SECRET_TEXT = 5;

/** True when text may hold a secret; false means no rule would change it. */
export function mayHoldSecret(text: string): boolean {
  return MAYBE_SECRET.test(text);
}

/** Removes secret values from any text: URLs, paths, headers, log messages, unparsed bodies, file names. */
export function redactText(text: string): string {
  if (text.length < SHORTEST_SECRET_TEXT || !MAYBE_SECRET.test(text)) return text;
  let out = text;
  for (const rule of TEXT_RULES) out = rule.apply(out);
  return out;
}
