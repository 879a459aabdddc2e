import type { Readable, Writable } from 'node:stream';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Lang, Level } from '../catalog/types.js';
import { AppError, EXIT } from '../errors.js';
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
  throw new AppError('BAD_OPTION', `--lang must be en or sv, not "${value}"`);
}

/** Writes text to a file (-o) or stdout, and waits until it is flushed. */
export async function writeOutput(io: Io, text: string, file: string | undefined): Promise<void> {
  const sink = await openTextSink(io, file);
  sink.write(text);
  await sink.end();
}

function cannotWrite(file: string, error: unknown): AppError {
  return new AppError('BAD_OPTION', `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
}

export interface TextSink {
  write(text: string): void;
  end(): Promise<void>;
}

/** A file (-o) or stdout to write into piece by piece; fails early if the file cannot be created. */
export async function openTextSink(io: Io, file: string | undefined): Promise<TextSink> {
  if (file === undefined || file === '-') {
    return {
      write: (text) => void io.stdout.write(text),
      end: async () => {
        if (io.stdout.writableNeedDrain) await once(io.stdout, 'drain').catch(() => undefined);
      },
    };
  }
  const out = createWriteStream(file);
  await once(out, 'open').catch((error: unknown) => {
    throw cannotWrite(file, error);
  });
  return {
    write: (text) => void out.write(text),
    end: async () => {
      out.end();
      await once(out, 'finish').catch((error: unknown) => {
        throw cannotWrite(file, error);
      });
    },
  };
}

/** 3 when an input was not read to its end, else 1 when --fail-on names a level with findings, else 0. */
export function exitCodeFor(report: Report, failOn: Level[] | undefined): number {
  if (!report.complete) return EXIT.incomplete;
  if (failOn && failOn.some((level) => report.levels[level].codes.length > 0)) return EXIT.findings;
  return EXIT.ok;
}
