import { spawn, type ChildProcess } from 'node:child_process';
import { BIN, ROOT } from './run-cli.js';

const running = new Set<ChildProcess>();

/** Ends every CLI a test left running (a failed wait), so the test run itself can end. */
export function killLeftovers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** A CLI run that a test talks to while it runs: output collected as it comes, waits on what it says. */
export class LiveCli {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;

  constructor(args: string[], options: { stdin?: 'pipe' | 'ignore'; env?: Record<string, string> } = {}) {
    this.child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d: Buffer) => (this.stdout += d.toString('utf8')));
    this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString('utf8')));
    running.add(this.child);
    this.exited = new Promise((resolve) =>
      this.child.on('close', (code) => {
        running.delete(this.child);
        resolve(code);
      }),
    );
  }

  /** Polls every 10 ms until `ready` holds; fails with what the CLI said after `timeoutMs`. */
  async waitFor(what: string, ready: () => boolean, timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!ready()) {
      if (Date.now() > until)
        throw new Error(`timed out waiting for ${what}\nstderr: ${this.stderr}\nstdout: ${this.stdout.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Ctrl-C, and the exit code. */
  interrupt(): Promise<number | null> {
    this.child.kill('SIGINT');
    return this.exited;
  }

  /** The stdout as ndjson objects. */
  events(): Array<Record<string, unknown>> {
    return this.stdout
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }
}
