import { analyzeCommand } from '../../src/commands/analyze.js';
import type { AnalyzeFlags } from '../../src/commands/analyze-options.js';
import { mergeCommand } from '../../src/commands/merge.js';
import { AppError } from '../../src/errors.js';
import { stderrLine } from '../../src/util/stderr-line.js';
import { memoryIo } from './cli-in-process.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A command run as src/cli.ts runs it, with flags already parsed: for tests
 * that run hundreds of analyses. A usage or input error is written to stderr
 * the way the CLI writes it.
 */
export async function runInProcess(
  command: 'analyze' | 'merge',
  files: string[],
  flags: AnalyzeFlags,
): Promise<InProcessResult> {
  const memory = memoryIo();
  const run = command === 'analyze' ? analyzeCommand : mergeCommand;
  let code: number;
  try {
    code = await run(files, flags, memory.io, { name: 'marketo-errors', version: '0.0.0-test' });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    memory.io.stderr.write(`marketo-errors: ${stderrLine(error.message)}\n`);
    code = error.exitCode;
  }
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
}
