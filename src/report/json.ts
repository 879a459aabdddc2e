import type { Report } from './model.js';

// C1 controls, bidi overrides and isolates, line/paragraph separators: valid in
// JSON strings, but a terminal that prints the report would act on them.
const UNSAFE = /[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON with characters that could fool a terminal written as \u escapes: the same data for a reader. */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The report contract as written: two-space JSON and a final newline. */
export function renderJson(report: Report): string {
  return safeJson(report, 2) + '\n';
}
