export interface Span {
  start: number;
  end: number;
  line: number;
}

/**
 * Where the objects in the outermost arrays of a top-level object are, so
 * that a document over the cap can be read as them: their byte spans while
 * the document is still held whole, then each one as it ends. Depths count
 * from the document itself (1); offsets are the stream's.
 */
export class ExportDescent {
  rootStart = 0;
  rootLine = 0;
  /** Reading the document element by element. */
  active = false;
  private rootEnd = 0;
  private outerArray = 0; // depth of the outermost array on the current path, 0 outside any
  private element: Span | undefined; // the element of an outer array that is open
  // start, end, line of each element held, flat: a document of a million `{}` must not cost a million objects.
  private spans: number[] = [];
  private emitted = 0;

  startRoot(offset: number, line: number): void {
    this.rootStart = offset;
    this.rootLine = line;
    this.outerArray = 0;
    this.element = undefined;
    this.spans = [];
    this.emitted = 0;
  }

  /** A container opened at `depth`; true when it is an element to be read as a record now. */
  open(depth: number, isArray: boolean, offset: number, line: number): boolean {
    if (isArray) {
      if (this.outerArray === 0 && depth > 1) this.outerArray = depth;
      return false;
    }
    if (this.outerArray === 0 || depth !== this.outerArray + 1) return false;
    this.element = { start: offset, end: 0, line };
    return this.active;
  }

  /** A container closed, leaving `depth`: an element of an outer array, the document itself, or neither. */
  close(depth: number, offset: number): 'element' | 'root' | undefined {
    if (depth === 0) {
      this.rootEnd = offset;
      if (this.active) return 'root';
      this.rootLine = 0; // read whole: no document is held any more
      return undefined;
    }
    if (this.element && depth === this.outerArray) {
      const span = { ...this.element, end: offset };
      this.element = undefined;
      if (!this.active) {
        this.spans.push(span.start, span.end, span.line);
        return undefined;
      }
      this.emitted++;
      return 'element';
    }
    if (depth === this.outerArray - 1) this.outerArray = 0;
    return undefined;
  }

  get hasSpans(): boolean {
    return this.spans.length > 0;
  }

  /** Whether the document being held can be read element by element instead. */
  get canStart(): boolean {
    return !this.active && this.rootLine > 0;
  }

  /** Hands over the elements held so far; returns the one still open. */
  begin(each: (start: number, end: number, line: number) => void): Span | undefined {
    this.active = true;
    const spans = this.spans;
    this.spans = [];
    for (let i = 0; i < spans.length; i += 3) each(spans[i]!, spans[i + 1]!, spans[i + 2]!);
    this.emitted = spans.length / 3;
    return this.element;
  }

  /** Leaves element reading; the document as one over-long record when it held no element. */
  end(): { line: number; bytes: number } | undefined {
    this.active = false;
    const line = this.rootLine;
    this.rootLine = 0;
    return this.emitted === 0 ? { line, bytes: this.rootEnd - this.rootStart } : undefined;
  }
}
