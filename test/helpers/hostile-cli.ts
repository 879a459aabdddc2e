import assert from 'node:assert/strict';
import { runCliInProcess } from './cli-in-process.js';

/** What the hostile-input tests read of a JSON report. */
export interface JsonReport {
  complete: boolean;
  totals: { exchanges: number; marketoCalls: number; findings: Record<string, number> };
  inputs: Array<{
    name: string;
    exchanges: number;
    malformedCount: number;
    unrecognised: number;
    truncated: false | { line: number; reason: string };
  }>;
}

export function assertCleanFailure(stderr: string): void {
  assert.doesNotMatch(stderr, /internal error|\n\s+at /, stderr);
}

/** analyze of bytes on stdin, through the CLI in this process: never a stack trace on stderr. */
export async function analyzeStdin(
  input: Buffer | string,
  ...args: string[]
): Promise<{ code: number | null; report: JsonReport; stderr: string }> {
  const { code, stdout, stderr } = await runCliInProcess(['analyze', '--format', 'json', '--quiet', ...args], input);
  assertCleanFailure(stderr);
  return { code, report: JSON.parse(stdout) as JsonReport, stderr };
}
