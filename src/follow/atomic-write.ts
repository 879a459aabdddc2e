import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError, EXIT } from '../errors.js';
import { msg } from '../errors/words.js';

const code = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

/** Before a watch starts: a file that could never be written is a usage error now, not an hour later. */
export async function checkWritable(file: string, flag: string): Promise<void> {
  const st = await stat(file).catch(() => undefined);
  if (st?.isDirectory()) throw new AppError('BAD_OPTION', msg('flagIsDirectory', { flag, file }));
  await access(path.dirname(file), constants.W_OK).catch((error: unknown) => {
    throw new AppError('BAD_OPTION', msg('cannotWriteThere', { flag, file, code: code(error) }));
  });
}

/**
 * Writes a file so that a reader polling it sees the old or the new content,
 * never half of one: a temporary file next to it, then a rename over it.
 */
export async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new AppError('OUTPUT_FAILED', msg('cannotWrite', { where: file, code: code(error) }), EXIT.output);
  }
}
