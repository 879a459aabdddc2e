import { msg, renderMessage, type Message } from '../errors/words.js';
import type { OpenedInput } from '../input/source.js';
import type { Summary } from '../aggregate/summary.js';
import type { RunHooks } from './run.js';

/** Where and why an input stopped: the reason in English and as a message, for the report's language. */
export type Truncated = { line: number; reason: string; words?: Message };

/** Tells the hooks an input stopped early, in words the CLI can say in the language of the command. */
export function cutShort(hooks: RunHooks, name: string, t: Truncated): void {
  // Line 0: the input failed before its first line (a gzip damaged at its start).
  const words = msg('inputCut', {
    where: `${name}${t.line > 0 ? `:${t.line}` : ''}`,
    reason: t.words ?? t.reason,
  });
  hooks.onInputProblem?.(name, renderMessage(words, 'en'), words);
}

export function readError(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return msg('gzipDamaged');
  return msg('readFailed', { code: code ?? (error as Error).message ?? 'error' });
}

export function truncatedAt(line: number, reason: Message): Truncated {
  return { line, reason: renderMessage(reason, 'en'), words: reason };
}

/** Fewer bytes than the file had when it was opened: it was cut while read (logrotate's copytruncate). */
export function shrank(opened: OpenedInput, line: number, sizeNow?: number): Truncated | undefined {
  const read = sizeNow ?? opened.bytesRead();
  if (opened.size === undefined || read >= opened.size) return undefined;
  return truncatedAt(line, msg('fileShrank', { read, size: opened.size }));
}

/** An input read by workers turned out to be cut short: its report says where. */
export function markTruncated(summary: Summary, name: string, truncated: Truncated): void {
  for (const input of summary.inputs) if (input.name === name && input.truncated === false) input.truncated = truncated;
}
