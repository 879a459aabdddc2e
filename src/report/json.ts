import type { Report } from './model.js';

/** The report contract as written: two-space JSON and a final newline. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
