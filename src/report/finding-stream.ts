import type { Lang } from '../catalog/types.js';
import { csvFindingLine, csvFindingsHeader } from './csv.js';
import type { FindingRow } from './finding-row.js';
import type { Report } from './model.js';
import { ndjsonFinding, ndjsonLine, ndjsonSummaryLine } from './ndjson.js';

/** A format that writes each finding as it is found, so a huge log never holds them all. */
export interface FindingStream {
  header: string;
  line(row: FindingRow): string;
  /** What follows the last finding, once the report is known. */
  footer(report: Report): string;
}

/** The streaming form of a format, or undefined when the format needs the whole report first. */
export function findingStream(format: string, csvRows: string | undefined, lang: Lang): FindingStream | undefined {
  if (format === 'csv' && csvRows === 'findings') return { header: csvFindingsHeader(), line: csvFindingLine, footer: () => '' };
  if (format === 'ndjson') {
    return { header: '', line: (row) => ndjsonLine(ndjsonFinding(row, lang)), footer: ndjsonSummaryLine };
  }
  return undefined;
}
