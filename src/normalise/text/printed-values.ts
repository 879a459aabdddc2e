/**
 * A value a text logger printed over the lines below its message, in the layouts printed-blocks.ts leaves
 * (that one takes a line ending with `{` or `[`, up to the `}` or `]` that opens a line):
 * - the older layout consola prints, the first key on the message's line (`... 200 (2ms) { requestId: 'a4d9',`)
 *   and the braces closed at the end of the last indented line;
 * - PHP's print_r() (`lead 1 skipped: Array`, then `(`, `    [code] => 1005`, ..., `)`) and var_export()
 *   (`array (`, `  0 => `, `  array (`, `    'code' => '1005',`, ..., `)`).
 * The unit is read like any text line (a printed object in it is parsed by embedded-text.ts). A line that does not
 * go on with it ends it, and is read again on its own after it (`again`), as printed-blocks.ts does.
 */
import type { PrintedBlock } from './printed-blocks.js';

// consola's layout: the value opens with its first key on the message's line, which ends with a comma.
const KEY_AFTER_BRACE = /[\s:]\{ (?:[A-Za-z_$][\w$]{0,80}|'[^'\n]{0,80}'): /;
const PRINT_R_HEAD = /(?:^|[\s:])(?:Array|Object)$/;
// More than one value holds; past it the rest is read as plain lines.
const MAX_UNIT = 256 * 1024; // what parseInspect reads at most, as printed-blocks.ts holds
const MAX_LINES = 20_000;

// The last byte of a line that may open a value: `,` (consola), `y` / `t` (print_r's Array, Object), `(`
// (var_export's `array (`).
const OPENING_LAST = new Set([0x2c, 0x79, 0x74, 0x28]);

/** A line's last byte that is not blank (-1 for none): what printed values and blocks are first told by. */
export function lastNonBlankByte(bytes: Buffer): number {
  let i = bytes.length - 1;
  while (i >= 0 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d)) i--;
  return i >= 0 ? bytes[i]! : -1;
}

/** Whether a line whose last byte that is not blank is `last` may open a printed value: most lines are not. */
export function opensValueAt(last: number): boolean {
  return OPENING_LAST.has(last);
}

/** Whether a line may open a printed value, from its last byte that is not blank. */
export function mayOpenValue(bytes: Buffer): boolean {
  return opensValueAt(lastNonBlankByte(bytes));
}

interface Unit {
  lines: string[];
  line: number;
  bytes: number;
  /** Brackets open (inspect), or parentheses open (print_r); 0: closed or never open. */
  depth: number;
  /** print_r's head waits for its `(` line. */
  printR: 'head' | 'open' | undefined;
}

/** Openers less closers outside quoted strings, from `from` on. */
export function bracketBalance(text: string, from = 0): number {
  let depth = 0;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth--;
  }
  return depth;
}

/** The unit a line opens, or undefined when it opens none: a head is not indented. */
function opened(text: string, line: number): Unit | undefined {
  if (/^\s/.test(text)) return undefined;
  const unit = { lines: [text], line, bytes: text.length, depth: 0, printR: undefined };
  const end = text.trimEnd();
  const last = end.at(-1);
  // PHP's var_export(): `array (`, the elements indented below, `)` at the start of the last line.
  if (last === '(' && end.endsWith('array (')) return { ...unit, depth: 1 };
  const consola = last === ',' && end.includes('{ ') ? KEY_AFTER_BRACE.exec(end) : null;
  if (consola) {
    const depth = bracketBalance(end, consola.index + 1);
    return depth > 0 ? { ...unit, depth } : undefined;
  }
  return (last === 'y' || last === 't') && PRINT_R_HEAD.test(end.slice(-7)) ? { ...unit, printR: 'head' } : undefined;
}

/** Whether the line goes on with the open unit, and the unit's depth after it. */
function goesOn(unit: Unit, text: string): number | undefined {
  if (unit.printR !== undefined) {
    const trimmed = text.trim();
    if (unit.printR === 'head') return trimmed === '(' ? 1 : undefined;
    if (unit.depth <= 0) return undefined;
    if (trimmed !== '' && !/^\s/.test(text) && trimmed !== ')') return undefined;
    return unit.depth + (trimmed === '(' ? 1 : trimmed === ')' ? -1 : 0);
  }
  if (unit.depth <= 0 || !/^[\s}\])]/.test(text)) return undefined;
  return unit.depth + bracketBalance(text);
}

export class PrintedValues {
  private unit: Unit | undefined;

  /** Whether a value is being put together: the next line may go on with it. */
  get holding(): boolean {
    return this.unit !== undefined;
  }

  /** The value this line ends, null while it is held, undefined when the line is no value's. */
  take(text: string, line: number): PrintedBlock | null | undefined {
    const unit = this.unit;
    if (unit === undefined) {
      this.unit = opened(text, line);
      return this.unit ? null : undefined;
    }
    const depth = goesOn(unit, text);
    if (depth === undefined) return this.release(true);
    unit.lines.push(text);
    unit.bytes += text.length + 1;
    unit.depth = depth;
    if (unit.printR === 'head') unit.printR = 'open';
    const closed = depth <= 0;
    return closed || unit.bytes >= MAX_UNIT || unit.lines.length >= MAX_LINES ? this.release(false) : null;
  }

  /** What is still held at the end of the input. */
  finish(): PrintedBlock | undefined {
    return this.unit && this.release(false);
  }

  private release(again: boolean): PrintedBlock {
    const unit = this.unit!;
    this.unit = undefined;
    return { text: unit.lines.join('\n'), line: unit.line, again };
  }
}
