export type { DiagnosticId } from './registry.js';
import type { DiagnosticId } from './registry.js';

export type Severity = 'error' | 'warning' | 'info';

/** Something the client does wrong, with the numbers that show it and what to change. */
export interface Diagnostic {
  id: DiagnosticId;
  severity: Severity;
  title: string;
  evidence: Record<string, unknown>;
  advice: string;
}
