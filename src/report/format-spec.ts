import type { Lang } from '../catalog/types.js';
import type { FindingRow } from './finding-row.js';
import type { Report } from './model.js';

/** Which rows a CSV report holds: one kind per file, so a count column can be summed. */
export type CsvRows = 'codes' | 'findings' | 'diagnostics' | 'totals' | 'jobs' | 'instance';
export const CSV_ROWS: readonly CsvRows[] = ['codes', 'findings', 'diagnostics', 'totals', 'jobs', 'instance'];

/** Everything any format may need; each format reads only its part. Defaults in `renderDefaults`. */
export interface RenderOptions {
  lang: Lang;
  /** table: colour through chalk. */
  color?: boolean;
  /** table: terminal columns. */
  width?: number;
  /** table: malformed lines listed per input. */
  maxMalformed?: number;
  /** json: the whole report on one line (engines that read a subprocess line by line). */
  compact?: boolean;
  /** csv: the kind of row. */
  csvRows?: CsvRows;
  /** Working directory: SARIF and GitHub name log files relative to it. */
  cwd?: string;
  /** The environment as the command sees it (GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE). */
  env?: Readonly<Record<string, string | undefined>>;
}

type Optional = 'cwd' | 'maxMalformed';
export type ResolvedRenderOptions = Required<Omit<RenderOptions, Optional>> & Pick<RenderOptions, Optional>;

/** The one place of render defaults. */
export function renderDefaults(opts: RenderOptions): ResolvedRenderOptions {
  return { color: false, width: 100, compact: false, csvRows: 'codes', env: {}, ...opts };
}

/**
 * A row per finding written while the analysis runs, so a huge log never
 * holds its findings: the header first, a line per finding, then `end` with
 * the finished report (a trailer, or nothing).
 */
export interface FindingStream {
  header(): string;
  line(row: FindingRow): string;
  end(report: Report): string;
}

/** Text a format adds to another file than its output, e.g. the GitHub step summary. */
export interface Attachment {
  file: string;
  text: string;
}

/** One report format: a file that exports it and one line in registry.ts. */
export interface ReportFormatSpec {
  name: string;
  /** One line for --help. */
  help: string;
  /** `-o` file extensions (lower case, no dot) that choose this format. */
  extensions: readonly string[];
  render(report: Report, opts: ResolvedRenderOptions): string;
  /** When the format (with these options) is a row per finding, the stream that writes it. */
  findingStream?(opts: ResolvedRenderOptions): FindingStream | undefined;
  /** Other files the format writes to, from the options' env (e.g. $GITHUB_STEP_SUMMARY). */
  attachments?(report: Report, opts: ResolvedRenderOptions): Attachment[];
}
