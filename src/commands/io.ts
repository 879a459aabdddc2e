import type { Readable, Writable } from 'node:stream';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Lang, Level } from '../catalog/types.js';
import { AppError, EXIT } from '../errors.js';
import { msg } from '../errors/words.js';
import type { Report } from '../report/model.js';

/**
 * The outside world as commands see it. Only src/cli.ts builds one from
 * `process`; tests can build their own.
 */
export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number;
  /** Terminal rows, for the live view of --follow. */
  rows?: number;
  /** Ctrl-C and SIGTERM call `handler` instead of ending the process, until the returned undo is called. */
  onInterrupt?: (handler: () => void) => () => void;
  /** Single key presses on a terminal stdin (raw mode while subscribed); returns an undo. */
  onKey?: (handler: (key: string) => void) => () => void;
  /** The terminal was resized; returns an undo. */
  onResize?: (handler: (columns: number, rows: number) => void) => () => void;
  /** The working directory: formats name log files relative to it (SARIF, GitHub). */
  cwd?: string;
}

/** Colour only on a terminal, and never with NO_COLOR or --no-color. */
export function useColor(io: Io, flag: boolean | undefined, toFile: boolean): boolean {
  if (flag === false || toFile) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}

export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'en') return 'en';
  if (value === 'sv') return 'sv';
  throw new AppError('BAD_OPTION', msg('takesLang', { value: String(value) }));
}

/** Writes text to a file (-o) or stdout, and waits until it is flushed. */
export async function writeOutput(io: Io, text: string, file: string | undefined): Promise<void> {
  const sink = await openTextSink(io, file);
  sink.write(text);
  await sink.end();
}

/** -o names a path that cannot be created (missing directory, a directory): a usage error. */
function cannotOpen(file: string, error: unknown): AppError {
  return new AppError('BAD_OPTION', msg('cannotWrite', { where: file, code: errorCode(error) }));
}

/** The report was being written and the write failed (disk full, device error). */
function writeFailed(file: string, error: unknown): AppError {
  return new AppError('OUTPUT_FAILED', msg('cannotWrite', { where: file, code: errorCode(error) }), EXIT.output);
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : 'error';
}

export interface TextSink {
  write(text: string): void;
  /** Flushes; throws an OUTPUT_FAILED AppError (exit 4) when any write failed. */
  end(): Promise<void>;
}

/** A file (-o) or stdout to write into piece by piece; fails early if the file cannot be created. */
export async function openTextSink(io: Io, file: string | undefined): Promise<TextSink> {
  return file === undefined || file === '-' ? stdoutSink(io.stdout) : fileSink(file);
}

function stdoutSink(stdout: Writable): TextSink {
  let failure: NodeJS.ErrnoException | undefined;
  // A reader that went away (`| head`) is not a failure of ours: the CLI ends quietly on EPIPE.
  const onError = (error: NodeJS.ErrnoException): void => void (error.code === 'EPIPE' || (failure ??= error));
  stdout.on('error', onError);
  return {
    write: (text) => void (failure === undefined && !stdout.destroyed && stdout.write(text)),
    end: async () => {
      try {
        if (stdout.writableNeedDrain) await once(stdout, 'drain').catch(() => undefined);
        // A failed write is reported on a later tick.
        await new Promise((resolve) => setImmediate(resolve));
      } finally {
        stdout.off('error', onError);
      }
      if (failure !== undefined)
        throw new AppError('OUTPUT_FAILED', msg('stdoutFailed', { code: errorCode(failure) }), EXIT.output);
    },
  };
}

async function fileSink(file: string): Promise<TextSink> {
  const out = createWriteStream(file);
  await once(out, 'open').catch((error: unknown) => {
    throw cannotOpen(file, error);
  });
  let failure: unknown;
  out.on('error', (error) => void (failure ??= error));
  return {
    write: (text) => void (failure === undefined && out.write(text)),
    end: async () => {
      out.end();
      await finished(out).catch((error: unknown) => void (failure ??= error));
      if (failure !== undefined) throw writeFailed(file, failure);
    },
  };
}

/** 3 when an input was not read to its end, else 1 when --fail-on names a level with findings, else 0. */
export function exitCodeFor(report: Report, failOn: Level[] | undefined): number {
  if (!report.complete) return EXIT.incomplete;
  if (failOn?.some((level) => report.levels[level].codes.length > 0)) return EXIT.findings;
  return EXIT.ok;
}
