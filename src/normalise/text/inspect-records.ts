/**
 * Records that Node's util.inspect printed over many lines, as winston's `prettyPrint` format and
 * `console.log(object)` write them: a lone `{` at the start of a line, the keys indented below it, and a
 * lone `}` at the start of the line that ends the record. The lines of one record are put back together
 * and read as the object they print (inspect-parse.ts), the JSON line a JSON logger would have written.
 * PlatformLines turns this on for an input whose first line is a lone `{` read as text; a lone `{` whose next
 * line is no indented key opens nothing.
 */
import { parseInspect } from '../ndjson/inspect-parse.js';

const OPEN = /^\{\s*$/;
const CLOSE = /^\}\s*$/;
// The first line inside a record: an indented key, bare, quoted or a symbol's.
const KEY_LINE = /^[ \t]+(?:[A-Za-z_$][\w$]*|'[^'\n]*'|\[[^\]\n]*\]):/;
// parseInspect reads at most this much; a longer record is read as the text it is.
const MAX_RECORD = 256 * 1024;

/** Whether a line opens such a record. */
export const opensInspectRecord = (text: string): boolean => OPEN.test(text);

export class InspectRecords {
  private lines: string[] | undefined;
  private bytes = 0;
  private first = 0;

  /** The record the line ends (as JSON text, with its first line), null while it waits, undefined for other lines. */
  take(text: string, line: number): { text: string; line: number } | null | undefined {
    if (this.lines === undefined) {
      if (!OPEN.test(text)) return undefined;
      this.lines = [text];
      this.bytes = text.length;
      this.first = line;
      return null;
    }
    if (this.lines.length === 1 && !KEY_LINE.test(text)) {
      // A brace alone that opens no printed record: it says nothing, and this line is read as it is.
      this.lines = undefined;
      return undefined;
    }
    this.lines.push(text);
    this.bytes += text.length + 1;
    return CLOSE.test(text) || this.bytes >= MAX_RECORD ? this.release() : null;
  }

  /** What still waits at the end of the input. */
  finish(): { text: string; line: number } | undefined {
    return this.lines === undefined ? undefined : this.release();
  }

  private release(): { text: string; line: number } {
    const printed = this.lines!.join('\n');
    const line = this.first;
    this.lines = undefined;
    this.bytes = 0;
    return { text: asJson(parseInspect(printed)) ?? printed, line };
  }
}

function asJson(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  try {
    return JSON.stringify(value);
  } catch {
    return undefined; // a BigInt the printed object held
  }
}
