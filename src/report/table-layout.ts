import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Severity } from '../diagnose/types.js';
import { maxOf } from './numbers.js';

/**
 * The terminal reporter's building blocks: colour (off unless asked for,
 * never read from the process) and cli-table3 tables fitted to a width.
 */

export interface Paint {
  severity: (s: Severity, text: string) => string;
  heading: (text: string) => string;
  label: (text: string) => string;
  strong: (text: string) => string;
}

export function makePaint(color: boolean): Paint {
  // A private instance: the global chalk decides colour from process/env.
  const c = new Chalk({ level: color ? 1 : 0 });
  const bySeverity: Record<Severity, (t: string) => string> = {
    error: (t) => c.red(t),
    warning: (t) => c.yellow(t),
    info: (t) => c.cyan(t),
  };
  return {
    severity: (s, t) => bySeverity[s](t),
    heading: (t) => c.bold.underline(t),
    label: (t) => c.dim(t),
    strong: (t) => c.bold(t),
  };
}

/** Narrower than this and no table can hold its columns. */
export const MIN_WIDTH = 40;

// cli-table3 counts padding inside colWidths; each column adds one border.
const PADDING = 2;

export type Cell = string | { content: string; hAlign?: 'left' | 'right' | 'center'; colSpan?: number };

/**
 * A cli-table3 table whose lines never exceed the width it was made for.
 * Words longer than their column are broken by hand first, because
 * cli-table3 would cut them off with an ellipsis (losing line numbers).
 */
export class FittedTable {
  private readonly table: Table.Table;
  private readonly inner: number[];
  private blocks = 0;

  constructor(
    readonly widths: number[],
    opts: { head?: string[]; compact?: boolean } = {},
  ) {
    this.inner = widths.map((w) => w - PADDING);
    this.table = new Table({
      colWidths: widths,
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1, compact: opts.compact ?? false },
      ...(opts.head ? { head: opts.head } : {}),
    });
  }

  push(...rows: Cell[][]): void {
    for (const row of rows) {
      let col = 0;
      const cells = row.map((cell) => {
        const span = typeof cell === 'string' ? 1 : (cell.colSpan ?? 1);
        const room = this.inner.slice(col, col + span).reduce((a, b) => a + b + 3, -3);
        col += span;
        if (typeof cell === 'string') return breakLongWords(cell, room);
        return { ...cell, content: breakLongWords(cell.content, room) };
      });
      this.table.push(cells);
    }
  }

  /**
   * A logical row whose cells hold several lines, pushed as one table row
   * per line with a rule before it (the table must be compact). cli-table3
   * takes time quadratic in a cell's length when the cell holds newlines,
   * so long multi-line cells are split up instead.
   */
  pushBlock(row: Cell[]): void {
    if (this.blocks++ > 0) this.rule();
    const split = row.map((cell) => (typeof cell === 'string' ? cell : cell.content).split('\n'));
    const height = maxOf(
      split.map((lines) => lines.length),
      0,
    );
    for (let i = 0; i < height; i++) {
      this.push(
        row.map((cell, c) => {
          const content = split[c]?.[i] ?? '';
          return typeof cell === 'string' ? content : { ...cell, content };
        }),
      );
    }
  }

  /** A horizontal rule drawn as a row of its own, with the joints of the column borders. */
  private rule(): void {
    this.table.push(
      this.widths.map((w) => ({
        content: '─'.repeat(w),
        chars: { left: '├', middle: '┼', right: '┤' },
        style: { 'padding-left': 0, 'padding-right': 0 },
      })),
    );
  }

  toString(): string {
    return this.table.toString();
  }
}

/**
 * Fixed columns get their content width (capped at `maxFixed`), the last
 * column takes the rest of `width`.
 */
export function fittedTable(
  width: number,
  fixed: Array<{ content: string[]; maxFixed?: number }>,
  opts: { head?: string[]; compact?: boolean } = {},
): FittedTable {
  const w = Math.max(width, MIN_WIDTH);
  const borders = fixed.length + 2;
  const fixedWidths = fixed.map(({ content, maxFixed }) => {
    const natural = maxOf(content.map(visibleWidth), 1) + PADDING;
    return Math.min(natural, maxFixed ?? natural);
  });
  let rest = w - borders - fixedWidths.reduce((a, b) => a + b, 0);
  // Keep the free column usable by shrinking the widest fixed ones.
  const minRest = Math.min(24, Math.floor(w / 3));
  while (rest < minRest) {
    const i = fixedWidths.indexOf(maxOf(fixedWidths));
    if ((fixedWidths[i] ?? 0) <= 6) break;
    fixedWidths[i] = (fixedWidths[i] ?? 0) - 1;
    rest++;
  }
  return new FittedTable([...fixedWidths, Math.max(rest, 4)], opts);
}

/** Split words wider than `max` columns into pieces on their own lines. */
export function breakLongWords(text: string, max: number): string {
  if (max < 1) return text;
  return text
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .map((word) => (visibleWidth(word) <= max || word.includes('\u001b') ? word : chunk(word, max).join('\n')))
        .join(' '),
    )
    .join('\n');
}

function chunk(word: string, max: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of word) {
    if (visibleWidth(cur + ch) > max) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** One full-width boxed paragraph (warnings that must not be missed). */
export function box(width: number, text: string): string {
  const t = fittedTable(width, []);
  t.push([text]);
  return t.toString();
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Width in terminal columns, ignoring SGR colour codes (the only ones we emit). */
export function visibleWidth(s: string): number {
  let n = 0;
  for (const ch of s.replace(ANSI, '')) {
    const cp = ch.codePointAt(0) ?? 0;
    n += isWide(cp) ? 2 : 1;
  }
  return n;
}

// East Asian wide and emoji ranges, enough to size columns sensibly.
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Cut a one-line string to `width` columns with an ellipsis. */
export function fit(s: string, width: number): string {
  if (visibleWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (visibleWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}
