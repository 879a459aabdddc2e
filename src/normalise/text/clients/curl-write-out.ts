/**
 * The line a shell script's `curl -s -w ...` prints after the body: `%{http_code}`, then as the script
 * chose `%{time_total}` (seconds) and `%{url_effective}`, e.g. `413 0.000806s https://.../leads.json`.
 * `000` is curl's code for a transfer that got no response (with -s it prints no error of its own).
 * The body printed just before the line is the call's: text-exchanges.ts joins them. Written with no
 * newline before it (`-w '%{http_code}'`), the code is glued to the body's closing brace instead. Most
 * scripts write the code alone (`-w '\n%{http_code}\n'`): a line any number could be, so it is marked.
 */
import type { PairFacts, PairReader, TextPair } from './pair-reader.js';

// The status, the time if written, the URL if written; nothing else on the line.
const WRITE_OUT = /^(\d{3})(?: (\d{1,6}(?:\.\d{1,9})?)s?)?(?: (https?:\/\/\S+))?\s*$/;
// Glued to a body, the code may have more of the script's output right after it (`200+ echo`, from `set -x`).
const GLUED = /^(\d{3})(?: (\d{1,6}(?:\.\d{1,9})?)s?)?(?: (https?:\/\/\S+))?(?![\w.])/;
// The code alone: curl's codes are 000 or a final status (no 1xx).
const ALONE = /^(000|[2-5]\d\d)\s*$/;
const PART: TextPair = { client: 'curl -w', side: 'write-out' };
const ALONE_PART: TextPair = { ...PART, alone: true };

function facts(m: RegExpExecArray): PairFacts {
  const [, code, seconds, url] = m;
  const facts: PairFacts =
    code === '000' ? { noResponse: true, textPair: PART } : { status: Number(code), textPair: PART };
  if (url !== undefined) facts.url = url;
  if (seconds !== undefined) facts.durationMs = Number(seconds) * 1000;
  return facts;
}

/** A write-out line of its own, which names its URL (a status alone on a line could be anything). */
function read(line: string): PairFacts | undefined {
  const m = WRITE_OUT.exec(line);
  return m?.[3] === undefined ? undefined : facts(m);
}

/** The write-out glued to the end of a body (`{...}200`, `{...}413 0.01s https://...`), or undefined. */
export function writeOutAfterBody(text: string): PairFacts | undefined {
  const end = text.lastIndexOf('}');
  const m = end === -1 ? null : GLUED.exec(text.slice(end + 1));
  return m ? facts(m) : undefined;
}

/** `-w '\n%{http_code}\n'`: a status alone on its line, which text-exchanges.ts takes only after a body or URL. */
export function statusAlone(line: string): PairFacts | undefined {
  const m = line.length <= 8 ? ALONE.exec(line) : null;
  if (!m) return undefined;
  return m[1] === '000' ? { noResponse: true, textPair: ALONE_PART } : { status: Number(m[1]), textPair: ALONE_PART };
}

export const curlWriteOut: PairReader = { name: 'curl -w', hints: ['://'], read };
