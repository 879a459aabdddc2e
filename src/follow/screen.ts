import type { Writable } from 'node:stream';

// Alternate screen with the cursor hidden, and back; synchronized output
// (mode 2026) lets a terminal that knows it show a frame whole.
const ENTER = '\x1b[?1049h\x1b[?25l';
const LEAVE = '\x1b[?25h\x1b[?1049l';
const BEGIN = '\x1b[?2026h\x1b[H';
const END = '\x1b[J\x1b[?2026l';

/**
 * The live view's terminal: frames are drawn over the last one (home, each
 * line then erase to its end, erase below) instead of clearing the screen,
 * so nothing flickers. Leaving restores the screen and the cursor; it is safe
 * to call more than once.
 */
export class Screen {
  private shown = false;
  constructor(private readonly out: Writable) {}

  enter(): void {
    if (this.shown) return;
    this.shown = true;
    this.out.write(ENTER);
  }

  draw(lines: string[]): void {
    if (!this.shown) return;
    this.out.write(`${BEGIN}${lines.map((l) => `${l}\x1b[K`).join('\r\n')}${END}`);
  }

  leave(): void {
    if (!this.shown) return;
    this.shown = false;
    this.out.write(LEAVE);
  }

  get active(): boolean {
    return this.shown;
  }
}
