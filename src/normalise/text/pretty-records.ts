/**
 * pino-pretty's output (`node app.js | pino-pretty`): a head line, `[12:00:01.234] ERROR (4242 on web-1):
 * marketo call failed`, then the record's other keys, one `    key: value` line each, an object's value as
 * indented JSON over several lines and an error's stack as its own indented lines. The lines of one record
 * are put back together as the JSON record pino wrote, for the shape readers. A record ends at the first line
 * that is not indented, so once a head is seen each line waits for the next one (or for the input's end).
 * `pino-pretty --colorize` (or a terminal's copy) colours the level, message and keys: the colours go first.
 */
import { stripControl } from '../../util/sanitize.js';

const HEAD = /^\[([^\]]{1,60})\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL|USERLVL)(?: \([^)]{0,300}\))?:(?: (.*))?$/;
// Tried on the start of a line before it is decoded whole.
const HEAD_START = /^\[[^\]]{1,60}\] (?:TRACE|DEBUG|INFO|WARN|ERROR|FATAL|USERLVL)[ :]/;
const PROPERTY = /^ {4}([^\s:][^:]{0,200}?): ?(.*)$/;
// pino-pretty prints an error's stack as `"stack":` and the stack's lines below it, indented further.
const STACK_KEY = /^(\s+)"stack":\s*$/;
// More than any record a logger writes; past it the rest of the record is read as plain lines.
const MAX_RECORD = 8 * 1024 * 1024;
// A time pino-pretty printed with its date (SYS:standard, ISO) or as epoch ms, not a bare time of day.
const DATED = /^\d{4}-\d\d-\d\d|^\d{10,19}$/;

interface Unit {
  /** The head of a record, or a line of another kind. */
  first: string;
  lines: string[];
  bytes: number;
  line: number;
  record: boolean;
}

/** The JSON text of a multi-line value, the stack's lines made into one string. */
function jsonOfBlock(lines: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const stack = STACK_KEY.exec(lines[i]!);
    if (!stack) {
      out.push(lines[i]!);
      continue;
    }
    const indent = stack[1]!.length;
    const text: string[] = [];
    while (i + 1 < lines.length && /^\s*/.exec(lines[i + 1]!)![0].length > indent) text.push(lines[++i]!.trim());
    const more = i + 1 < lines.length && /^\s*"/.test(lines[i + 1]!);
    out.push(`${stack[1]}"stack": ${JSON.stringify(text.join('\n'))}${more ? ',' : ''}`);
  }
  return out.join('\n');
}

function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The JSON record a head and its property lines stand for. */
export function prettyRecord(head: string, lines: string[]): string | undefined {
  const h = HEAD.exec(head);
  if (!h) return undefined;
  const record: Record<string, unknown> = { level: h[2]!.toLowerCase() };
  if (DATED.test(h[1]!)) record.time = /^\d+$/.test(h[1]!) ? Number(h[1]) : h[1];
  if (h[3] !== undefined) record.msg = h[3];
  for (let i = 0; i < lines.length; i++) {
    const property = PROPERTY.exec(lines[i]!);
    if (!property) continue;
    const [, key, value] = property as unknown as [string, string, string];
    const opens = value === '{' || value === '[';
    if (!opens) {
      record[key] = parsedOrText(value);
      continue;
    }
    const block = [value];
    while (i + 1 < lines.length && !PROPERTY.test(lines[i + 1]!)) block.push(lines[++i]!);
    record[key] = parsedOrText(jsonOfBlock(block));
  }
  return JSON.stringify(record);
}

/** Whether a line may be a head, from its first bytes. */
export function mayBeHead(start: string): boolean {
  return HEAD_START.test(stripControl(start));
}

export class PrettyRecords {
  private pending: Unit | undefined;
  /** A head was seen: from then on each line waits for the next. */
  active = false;

  /** The unit the line ends (text and first line), null while it waits, undefined when not pino-pretty's. */
  take(coloured: string, line: number): { text: string; line: number } | null | undefined {
    const text = stripControl(coloured);
    const pending = this.pending;
    if (pending?.record && text.startsWith('    ') && pending.bytes < MAX_RECORD) {
      pending.lines.push(text);
      pending.bytes += text.length;
      return null;
    }
    const head = HEAD.test(text);
    if (!this.active && !head) return undefined;
    this.active = true;
    this.pending = { first: text, lines: [], bytes: text.length, line, record: head };
    return pending ? this.release(pending) : null;
  }

  /** What still waits at the end of the input. */
  finish(): { text: string; line: number } | undefined {
    const pending = this.pending;
    this.pending = undefined;
    return pending && this.release(pending);
  }

  private release(unit: Unit): { text: string; line: number } {
    const record = unit.record && unit.lines.length > 0 ? prettyRecord(unit.first, unit.lines) : undefined;
    return { text: record ?? unit.first, line: unit.line };
  }
}
