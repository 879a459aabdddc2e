/**
 * logfmt: `time=... level=error msg="marketo request failed" method=POST status=413`, what Go's logrus
 * and log/slog text handler, Heroku and many others write. The pairs become an object, so the same
 * shape readers and content search that read JSON lines read these too. One pass, no backtracking.
 */

import { BACKSLASH, isJsonSpace, QUOTE } from '../../input/json-bytes.js';

const EQUALS = 0x3d;
// Fewer pairs than this is prose with an `=` in it, not a logfmt line.
const MIN_PAIRS = 2;
const MAX_PAIRS = 200;

// JSON's white space, line ends included: a line kept with its newline (Docker's `log` field) ends its
// last value there.
const isSpace = isJsonSpace;

/** A quoted value starting after the quote at `from`: its text and where it ends (after the closing quote). */
function quoted(line: string, from: number): { value: string; end: number } {
  let value = '';
  let copied = from;
  let i = from;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === BACKSLASH && i + 1 < line.length) {
      value += line.slice(copied, i);
      const next = line[i + 1]!;
      value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      i++;
      copied = i + 1;
    } else if (c === QUOTE) break;
  }
  return { value: value + line.slice(copied, i), end: i + 1 };
}

/** The key=value pairs of a logfmt line as an object, or undefined when it has fewer than two. */
export function logfmtObject(line: string): Record<string, string> | undefined {
  if (line.indexOf('=') === -1) return undefined;
  const out: Record<string, string> = Object.create(null);
  let pairs = 0;
  let i = 0;
  while (i < line.length && pairs < MAX_PAIRS) {
    while (i < line.length && isSpace(line.charCodeAt(i))) i++;
    const keyStart = i;
    while (i < line.length) {
      const c = line.charCodeAt(i);
      if (isSpace(c) || c === EQUALS || c === QUOTE) break;
      i++;
    }
    const key = line.slice(keyStart, i);
    if (line.charCodeAt(i) !== EQUALS || key === '') {
      // A bare word (a prefix such as `E, [2026-12-04T10:00:01 #1234] ERROR --`): skipped.
      if (line.charCodeAt(i) === QUOTE) i = quoted(line, i + 1).end;
      else if (i === keyStart) i++;
      continue;
    }
    i++;
    let value: string;
    if (line.charCodeAt(i) === QUOTE) {
      const q = quoted(line, i + 1);
      value = q.value;
      i = q.end;
    } else {
      const start = i;
      while (i < line.length && !isSpace(line.charCodeAt(i))) i++;
      value = line.slice(start, i);
    }
    if (!Object.hasOwn(out, key)) out[key] = value;
    pairs++;
  }
  return pairs >= MIN_PAIRS ? { ...out } : undefined;
}
