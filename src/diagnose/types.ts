export type DiagnosticId =
  | 'rate-window'
  | 'concurrency'
  | 'retry-too-soon'
  | 'retry-pointless'
  | 'token-handling'
  | 'near-limits'
  | 'daily-quota'
  | 'record-patterns';

export type Severity = 'error' | 'warning' | 'info';

/** Something the client does wrong, with the numbers that show it and what to change. */
export interface Diagnostic {
  id: DiagnosticId;
  severity: Severity;
  title: string;
  evidence: Record<string, unknown>;
  advice: string;
}
