import { Readable, Writable } from 'node:stream';
import { analyzeCommand } from '../../src/commands/analyze.js';
import type { AnalyzeFlags } from '../../src/commands/analyze-options.js';
import type { Io } from '../../src/commands/io.js';
import { mergeCommand } from '../../src/commands/merge.js';
import { AppError } from '../../src/errors.js';
import { stderrLine } from '../../src/util/stderr-line.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(parts: Buffer[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      parts.push(Buffer.from(chunk));
      done();
    },
  });
}

/**
 * A command run as src/cli.ts runs it, without a process per run: for tests
 * that run hundreds of analyses. A usage or input error is written to stderr
 * the way the CLI writes it.
 */
export async function runInProcess(
  command: 'analyze' | 'merge',
  files: string[],
  flags: AnalyzeFlags,
): Promise<InProcessResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const io: Io = {
    stdin: Readable.from([]),
    stdout: sink(out),
    stderr: sink(err),
    env: {},
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 100,
  };
  const run = command === 'analyze' ? analyzeCommand : mergeCommand;
  let code: number;
  try {
    code = await run(files, flags, io, { name: 'marketo-errors', version: '0.0.0-test' });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    err.push(Buffer.from(`marketo-errors: ${stderrLine(error.message)}\n`));
    code = error.exitCode;
  }
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
