import { msg, renderMessage, type Message } from '../errors/words.js';
import type { OpenedInput } from '../input/source.js';
import type { RunHooks } from './run.js';

/** Where an input stopped early and why (the reason in English, as the report keeps it). */
export type Truncated = { line: number; reason: string };

/** Tells the hooks an input stopped early, in words the CLI can say in the language of the command. */
export function cutShort(hooks: RunHooks, name: string, t: Truncated): void {
  // Line 0: the input failed before its first line (a gzip damaged at its start).
  const words = msg('inputCut', {
    where: `${name}${t.line > 0 ? `:${t.line}` : ''}`,
    reason: reasonWords.get(t) ?? t.reason,
  });
  hooks.onInputProblem?.(name, renderMessage(words, 'en'), words);
}

export function readError(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return msg('gzipDamaged');
  return msg('readFailed', { code: code ?? (error as Error).message ?? 'error' });
}

// The report keeps the English reason; the words of the reasons read here ride beside it, out of the report.
const reasonWords = new WeakMap<Truncated, Message>();
export function truncatedAt(line: number, reason: Message): Truncated {
  const t = { line, reason: renderMessage(reason, 'en') };
  reasonWords.set(t, reason);
  return t;
}

/** Fewer bytes than the file had when it was opened: it was cut while read (logrotate's copytruncate). */
export function shrank(opened: OpenedInput, line: number, sizeNow?: number): Truncated | undefined {
  const read = sizeNow ?? opened.bytesRead();
  if (opened.size === undefined || read >= opened.size) return undefined;
  return truncatedAt(line, msg('fileShrank', { read, size: opened.size }));
}
