import { type ChildProcess, spawn } from 'node:child_process';
import { safeJson } from '../report/json.js';
import type { AlertEvent } from './alerts.js';

/** Why a hook did not do its job: it could not start, or it ended with another exit code than 0. */
export type AlertExecProblem =
  | { kind: 'cannotRun'; detail: string }
  | { kind: 'ended'; code: number | null; signal: NodeJS.Signals | null };

/**
 * Runs the --alert-exec command through the shell with the alert as JSON on
 * its stdin (a hook for Slack, PagerDuty, a webhook). Resolves with the
 * problem when the command could not run or failed, else undefined; never throws.
 */
export function runAlertExec(
  command: string,
  event: AlertEvent,
  env: Record<string, string | undefined>,
): Promise<AlertExecProblem | undefined> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(command, { shell: true, stdio: ['pipe', 'ignore', 'ignore'], env });
    } catch (error) {
      resolve({ kind: 'cannotRun', detail: (error as Error).message });
      return;
    }
    child.on('error', (error) => resolve({ kind: 'cannotRun', detail: error.message }));
    child.on('close', (code, signal) => resolve(code === 0 ? undefined : { kind: 'ended', code, signal }));
    // A hook that does not read its stdin must not stop the watcher.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(`${safeJson(event)}\n`);
  });
}
