/**
 * An object printed over several lines after a line's text: Node's console.log of a parsed body
 * (`POST /rest/v1/leads.json -> 200 {` then `  requestId: 'e42b#1',` ... `}`), Python's
 * `json.dumps(body, indent=2)` or pprint after a message, Ruby's pp. The block opens at a line that ends
 * with `{` or `[`, goes on while lines are indented, and ends at a line that starts with the matching
 * `}` or `]`; its lines are given back as one text, read as a line with an object in it (embedded-text.ts).
 * A line that is neither ends the block before it: the held lines go back as they came, and that line is
 * read again on its own (`again`).
 */

// The last character of an opening line, after blanks; and the first of a closing line.
const OPENS = /[{[]\s*$/;
const CLOSES = /^[}\]]/;
const INDENTED = /^[ \t]/;
// parseInspect reads at most 256 KiB; past this a block is given back as the text it is.
const MAX_BLOCK = 256 * 1024;

export interface PrintedBlock {
  text: string;
  /** The line the block began at. */
  line: number;
  /** The line just taken is not the block's: read it again on its own after the block. */
  again: boolean;
}

export class PrintedBlocks {
  private lines: string[] = [];
  private bytes = 0;
  private first = 0;

  /** Whether a line is held: the next one may continue it. */
  get holding(): boolean {
    return this.lines.length > 0;
  }

  /** Whether a line may open a block: the cheap test, on the line's last bytes. */
  static mayOpen(text: string): boolean {
    return OPENS.test(text.length > 64 ? text.slice(-64) : text);
  }

  /** The block this line ends, null while it is held, undefined when the line is no block's. */
  take(text: string, line: number): PrintedBlock | null | undefined {
    if (this.lines.length === 0) {
      if (!PrintedBlocks.mayOpen(text)) return undefined;
      this.hold(text, line);
      return null;
    }
    if (CLOSES.test(text)) {
      this.lines.push(text);
      return this.release(false);
    }
    if (!INDENTED.test(text)) return this.release(true);
    this.lines.push(text);
    this.bytes += text.length + 1;
    return this.bytes >= MAX_BLOCK ? this.release(false) : null;
  }

  /** The lines still held at the end of the input. */
  finish(): PrintedBlock | undefined {
    return this.lines.length === 0 ? undefined : this.release(false);
  }

  private hold(text: string, line: number): void {
    this.lines = [text];
    this.bytes = text.length;
    this.first = line;
  }

  private release(again: boolean): PrintedBlock {
    const block = { text: this.lines.join('\n'), line: this.first, again };
    this.lines = [];
    this.bytes = 0;
    return block;
  }
}
