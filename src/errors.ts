import { renderMessage, type Message } from './errors/words.js';

/**
 * Errors a user can act on. Each has a stable code (tests and scripts match on
 * it) and the exit code the CLI ends with. `words` is what the CLI prints, in the
 * language of the command, without a stack trace; `message` is the same in English.
 */
export type AppErrorCode =
  | 'USAGE'
  | 'UNKNOWN_CODE'
  | 'BAD_OPTION'
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'NO_INPUT'
  | 'BAD_REPORT'
  | 'OUTPUT_FAILED';

export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  incomplete: 3,
  /** The report could not be written (disk full, device error): not the --fail-on code. */
  output: 4,
  /** A bug of ours (EX_SOFTWARE), never bad input. */
  internal: 70,
  interrupted: 130,
} as const;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly exitCode: number;
  readonly words: Message;

  constructor(code: AppErrorCode, words: Message, exitCode?: number) {
    super(renderMessage(words, 'en'));
    this.words = words;
    this.name = 'AppError';
    this.code = code;
    this.exitCode = exitCode ?? (code.startsWith('INPUT') ? EXIT.incomplete : EXIT.usage);
  }
}
