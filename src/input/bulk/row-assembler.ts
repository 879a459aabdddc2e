import type { BulkDelimiter } from './header.js';

/** One data row: its fields, its first line in the file, and its 1-based place after the header. */
export interface BulkRow {
  fields: string[];
  line: number;
  row: number;
}

export type BadRowReason = 'wrong-column-count' | 'broken-quote';

export interface BadRow {
  line: number;
  row: number;
  reason: BadRowReason;
}

export interface RowSink {
  header(fields: string[], line: number): void;
  row(row: BulkRow): void;
  bad(bad: BadRow): void;
}

/** A quoted field longer than this is taken for a quote that never closes. */
export const MAX_QUOTED_CHARS = 1 << 20;

interface PendingLine {
  text: string;
  line: number;
}

/**
 * Turns lines into rows as csv writers quote them: a quoted field may hold
 * separators, doubled quotes and line breaks. Written by hand rather than with
 * csv-parse because a broken quote must cost one row, not the rest of the
 * file: a row that ends with the wrong number of fields, or whose quote stays
 * open past MAX_QUOTED_CHARS or the end of input, is reported with its row and
 * line number, and its later lines are read again as rows of their own. Each
 * line is read again at most once per broken row that swallowed it, and a row
 * holds at most MAX_QUOTED_CHARS, so time stays linear and memory flat.
 */
export class BulkRowAssembler {
  private readonly delimiter: BulkDelimiter;
  private readonly sink: RowSink;
  private readonly maxQuoted: number;
  private columns = -1;
  private rowNo = 0;
  // The row being read.
  private lines: PendingLine[] = [];
  private chars = 0;
  private fields: string[] = [];
  private field = '';
  private inQuote = false;
  private quotedField = false;
  private afterClose = false;
  private broken = false;

  constructor(delimiter: BulkDelimiter, sink: RowSink, maxQuoted = MAX_QUOTED_CHARS) {
    this.delimiter = delimiter;
    this.sink = sink;
    this.maxQuoted = maxQuoted;
  }

  /** One line of the file, without its line end. */
  push(text: string, line: number): void {
    const queue: PendingLine[] = [{ text, line }];
    while (queue.length > 0) {
      const next = queue.shift()!;
      const replay = this.take(next);
      if (replay) queue.unshift(...replay);
    }
  }

  /** End of input: a quote still open is a broken row; its later lines are read again. */
  end(): void {
    while (this.lines.length > 0) {
      const replay = this.fail('broken-quote');
      for (const l of replay) this.push(l.text, l.line);
    }
  }

  /** Reads one line into the current row; returns lines to read again when the row was broken. */
  private take(pending: PendingLine): PendingLine[] | undefined {
    const { text } = pending;
    if (this.lines.length === 0 && text.trim() === '') return undefined;
    if (this.lines.length > 0) this.field += '\n';
    this.lines.push(pending);
    this.chars += text.length;
    const d = this.delimiter;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.inQuote) {
        if (ch !== '"') this.field += ch;
        else if (text[i + 1] === '"') {
          this.field += '"';
          i++;
        } else {
          this.inQuote = false;
          this.afterClose = true;
        }
      } else if (ch === d) {
        this.endField();
      } else if (ch === '"' && this.field === '' && !this.quotedField) {
        this.inQuote = true;
        this.quotedField = true;
      } else if (this.afterClose && ch === ' ') {
        // Spaces between a closing quote and the separator: some writers pad.
      } else {
        // Text after a closing quote: the quote was not the field's end.
        if (this.afterClose) this.broken = true;
        this.field += ch;
      }
    }
    if (this.inQuote) return this.chars > this.maxQuoted ? this.fail('broken-quote') : undefined;
    this.endField();
    const fields = this.fields;
    const wrongCount = this.columns >= 0 && fields.length !== this.columns;
    if (this.broken || wrongCount) return this.fail(this.broken ? 'broken-quote' : 'wrong-column-count');
    const line = this.lines[0]!.line;
    this.reset();
    if (this.columns < 0) {
      this.columns = fields.length;
      this.sink.header(fields, line);
    } else this.sink.row({ fields, line, row: ++this.rowNo });
    return undefined;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.quotedField = false;
    this.afterClose = false;
  }

  /** Reports the current row as broken and hands back its later lines to read again. */
  private fail(reason: BadRowReason): PendingLine[] {
    const [first, ...rest] = this.lines;
    this.reset();
    if (this.columns < 0) {
      // No header yet: nothing to count rows against; the next line is tried as the header.
      this.sink.bad({ line: first!.line, row: 0, reason });
    } else this.sink.bad({ line: first!.line, row: ++this.rowNo, reason });
    return rest;
  }

  private reset(): void {
    this.lines = [];
    this.chars = 0;
    this.fields = [];
    this.field = '';
    this.inQuote = false;
    this.quotedField = false;
    this.afterClose = false;
    this.broken = false;
  }
}
