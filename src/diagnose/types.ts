export type DiagnosticId =
  | 'rate-window'
  | 'concurrency'
  | 'retry-too-soon'
  | 'retry-pointless'
  | 'token-handling'
  | 'near-limits'
  | 'daily-quota'
  | 'record-patterns';

/** Diagnostics read from the summary's bulk, jobs and instance sections (see from-sections.ts). */
export type SectionDiagnosticId = 'bulk-failures' | 'bulk-polling' | 'instance-usage';

export type Severity = 'error' | 'warning' | 'info';

/** Something the client does wrong, with the numbers that show it and what to change. */
export interface Diagnostic {
  id: DiagnosticId | SectionDiagnosticId;
  severity: Severity;
  title: string;
  evidence: Record<string, unknown>;
  advice: string;
}
