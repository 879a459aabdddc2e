import { statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';
import { msg } from '../errors/words.js';

/** Device and inode of a file or directory (links followed), or undefined when there is none yet. */
function identity(file: string, kind: 'file' | 'directory' = 'file'): string | undefined {
  try {
    const s = statSync(file);
    return (kind === 'file' ? s.isFile() : s.isDirectory()) ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A file to write that is one of the inputs would be overwritten with the report, the input lost
 * (`analyze app.log -o app.log` did that, exit 0): a usage error before anything is read or opened.
 * Compared by device and inode, so a link or another spelling of the path is the same file; an
 * input that is a directory (merge reads the reports in it) holds the output when it is its folder.
 */
export function refuseOutputOnInput(flag: string, output: string | undefined, inputs: readonly string[]): void {
  if (output === undefined || output === '-') return;
  const out = identity(output);
  if (out === undefined) return;
  const folder = identity(path.dirname(output), 'directory');
  for (const input of inputs) {
    if (input !== '-' && (identity(input) === out || identity(input, 'directory') === folder)) {
      throw new AppError('BAD_OPTION', msg('outputIsInput', { flag, file: output }));
    }
  }
}
