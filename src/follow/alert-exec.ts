import { type ChildProcess, spawn } from 'node:child_process';
import { safeJson } from '../report/json.js';
import type { AlertEvent } from './alerts.js';

/**
 * Runs the --alert-exec command through the shell with the alert as JSON on
 * its stdin (a hook for Slack, PagerDuty, a webhook). Resolves with a one-line
 * problem when the command could not run or failed, else undefined; never throws.
 */
export function runAlertExec(
  command: string,
  event: AlertEvent,
  env: Record<string, string | undefined>,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(command, { shell: true, stdio: ['pipe', 'ignore', 'ignore'], env });
    } catch (error) {
      resolve(`--alert-exec: cannot run (${(error as Error).message})`);
      return;
    }
    child.on('error', (error) => resolve(`--alert-exec: cannot run (${error.message})`));
    child.on('close', (code, signal) =>
      resolve(code === 0 ? undefined : `--alert-exec: ended with ${signal ?? `exit code ${code}`}`),
    );
    // A hook that does not read its stdin must not stop the watcher.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(`${safeJson(event)}\n`);
  });
}
