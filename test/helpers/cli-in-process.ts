import { Readable, Writable } from 'node:stream';
import { run } from '../../src/cli.js';
import type { Io } from '../../src/commands/io.js';
import { type CliResult, ROOT } from './run-cli.js';

/** An Io whose stdout and stderr are kept in memory, as a pipe (no terminal) would see them. */
export function memoryIo(stdin?: Buffer | string, env: Record<string, string | undefined> = {}) {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (parts: Buffer[]) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        parts.push(Buffer.from(chunk));
        done();
      },
    });
  const io: Io = {
    stdin: Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]),
    stdout: sink(out),
    stderr: sink(err),
    env,
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 100,
    rows: 24,
    cwd: ROOT,
  };
  const text = (parts: Buffer[]) => Buffer.concat(parts).toString('utf8');
  return { io, stdout: () => text(out), stderr: () => text(err) };
}

/**
 * The CLI as `runCli` runs it (same arguments, same result) but inside this
 * process through the Io seam: no process start per run. What only a real
 * process shows (signals, exit through the launcher, a closed or full stdout)
 * stays with `runCli`.
 */
export async function runCliInProcess(
  args: string[],
  stdin?: Buffer | string,
  env: Record<string, string> = {},
): Promise<CliResult> {
  const memory = memoryIo(stdin, { ...process.env, NO_COLOR: '1', ...env });
  const code = await run(['node', 'marketo-errors', ...args], memory.io);
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
}
