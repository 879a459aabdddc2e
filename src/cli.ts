import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { Io } from './commands/io.js';
import { runProgram } from './commands/program.js';
import { EXIT } from './errors.js';
import { msg, renderMessage } from './errors/words.js';
import { langOfArgv } from './errors/commander-words.js';

// The only file that touches `process`: flags in, exit code out.

/** package.json sits one folder above dist/cli.js and two above the bundle (dist/bundle/cli.js). */
function readManifest(): { name: string; version: string } {
  const up = import.meta.url.includes('/dist/bundle/') ? '../../package.json' : '../package.json';
  return JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8'));
}
const manifest = readManifest();
const pkg = { name: manifest.name, version: manifest.version };

const SEMI_SPACE_MB = 8;
const HEAP_GROWING_PERCENT = 20;

function processIo(): Io {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns || process.stderr.columns || 100,
    cwd: process.cwd(),
    rows: process.stdout.rows || 24,
    onInterrupt: (handler) => {
      interruptHandlers.push(handler);
      process.on('SIGTERM', handler);
      return () => {
        interruptHandlers.splice(interruptHandlers.indexOf(handler) >>> 0, 1);
        process.off('SIGTERM', handler);
      };
    },
    onKey: (handler) => {
      const stdin = process.stdin;
      if (!stdin.isTTY) return () => undefined;
      const onData = (data: Buffer): void => {
        for (const key of data.toString('utf8')) handler(key);
      };
      stdin.setRawMode(true);
      stdin.on('data', onData);
      stdin.resume();
      return () => {
        stdin.off('data', onData);
        stdin.setRawMode(false);
        stdin.pause();
      };
    },
    onResize: (handler) => {
      const onResize = (): void => handler(process.stdout.columns || 100, process.stdout.rows || 24);
      process.stdout.on('resize', onResize);
      return () => process.stdout.off('resize', onResize);
    },
  };
}

/** Who wants Ctrl-C (follow mode ends with its report); with none, or at a second Ctrl-C, the process ends. */
const interruptHandlers: Array<() => void> = [];
let interrupts = 0;
function onInterrupt(): void {
  const handler = interruptHandlers.at(-1);
  if (handler === undefined || interrupts++ > 0) process.exit(EXIT.interrupted);
  handler();
}

/** The CLI without a process: parses `argv` (node, script, args...), runs the command on `io`, gives the exit code. */
export function run(argv: string[], io: Io): Promise<number> {
  return runProgram(argv, io, pkg);
}

export function main(argv: string[]): void {
  // Memory stays flat on huge logs at no cost in speed (measured with bench/):
  // a small young generation, since most objects die with their line, and an
  // old generation that grows 20% past what a full GC keeps instead of V8's
  // default of up to 100% (1 GB: 205 MB peak RSS before, 168 MB after).
  setFlagsFromString(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // `marketo-errors analyze | head` closes our stdout early: end quietly.
  // Any other failure to write stdout (a full disk) ends with the output code.
  // Errors are said in the language asked for, even those before the flags are parsed.
  const lang = langOfArgv(argv);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    const said = renderMessage(msg('stdoutFailed', { code: error.code ?? 'error' }), lang);
    process.stderr.write(`marketo-errors: ${said}\n`);
    process.exit(EXIT.output);
  });
  process.on('SIGINT', onInterrupt);
  void run(argv, processIo()).then((code) => (process.exitCode = code));
}
