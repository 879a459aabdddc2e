import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { readReport } from '../aggregate/from-report.js';
import { AppError } from '../errors.js';
import { msg } from '../errors/words.js';
import { JsonValueSplitter } from '../input/json-values.js';
import { redactStrings } from '../redact/index.js';
import type { Report } from '../aggregate/report-model.js';

/** Report files in a directory: these endings, in natural order (shard-2 before shard-10). */
const REPORT_FILE = /\.(json|jsonl|ndjson)$/i;
const natural = new Intl.Collator('en', { numeric: true }).compare;
/** A report this large is not one `analyze` writes (codes, endpoints and listed lines are capped). */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;

export interface NamedReport {
  /** The file, or `file (report N, line L)` for the second and later reports of one stream. */
  name: string;
  report: Report;
}

function unreadable(name: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  return new AppError(
    code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
    code === 'ENOENT' ? msg('noSuchFile', { name }) : msg('cannotRead', { name, code: code ?? 'error' }),
  );
}

/**
 * Every report in the sources, in order: a file holds one report or several
 * (one per line, or written one after another), `-` is stdin read the same
 * way, and a directory stands for its report files. Each is checked whole
 * before it is handed on (`verb` names the command in the error).
 */
export async function* readReports(sources: string[], stdin: Readable, verb: string): AsyncGenerator<NamedReport> {
  for (const source of sources) {
    if (source === '-') {
      yield* reportsIn(stdin, '<stdin>', verb, true);
      continue;
    }
    const info = await stat(source).catch((error: unknown) => {
      throw unreadable(source, error);
    });
    const files = info.isDirectory()
      ? (await readdir(source))
          .filter((f) => REPORT_FILE.test(f))
          .sort(natural)
          .map((f) => path.join(source, f))
      : [source];
    for (const file of files) yield* reportsIn(createReadStream(file), file, verb, false);
  }
}

async function* reportsIn(
  stream: Readable,
  name: string,
  verb: string,
  alwaysNumber: boolean,
): AsyncGenerator<NamedReport> {
  const splitter = new JsonValueSplitter(MAX_REPORT_BYTES);
  let n = 0;
  const named = (line: number): string => (n === 1 && !alwaysNumber ? name : `${name} (report ${n}, line ${line})`);
  const parse = (bytes: Buffer, line: number): NamedReport => {
    n++;
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new AppError('BAD_REPORT', msg('reportNotJson', { verb, name: named(line) }));
    }
    // A report may be edited by hand: its text is treated as log text.
    return { name: named(line), report: readReport(redactStrings(value), named(line), verb) };
  };
  try {
    for await (const chunk of stream) {
      const { lines, oversized } = splitter.push(chunk as Buffer);
      for (const value of lines) yield parse(value.bytes, value.line);
      const big = oversized[0];
      if (big) throw new AppError('BAD_REPORT', msg('reportValueTooBig', { verb, name, line: big.line }));
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable(name, error);
  }
  const end = splitter.end();
  for (const value of end.lines) yield parse(value.bytes, value.line);
  if (end.truncated)
    throw new AppError(
      'BAD_REPORT',
      msg('reportCut', { verb, name, reason: end.truncated.reason, line: end.truncated.line }),
    );
}
