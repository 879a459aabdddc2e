/**
 * newman's cli reporter prints a response body in a console box, cut at the box's width:
 *   ┌
 *   │ `{"requestId":"a4c2#18f3c203dde","result":[{"id":3001,
 *   │ "status":"created"},{"status":"skipped","reasons":[{"c
 *   │ ode":"1005","message":"Lead already exists"}]}],"success":true}`
 *   └
 * The box's lines are joined back into the body, without the quotes newman puts around it; the body then
 * answers the request line above it (text-exchanges.ts). A box that never closes is given up at the cap.
 */

const OPEN = /^\s{0,8}┌\s*$/;
const PART = /^\s{0,8}│ ?(.*)$/;
const CLOSE = /^\s{0,8}└/;
// More than any body newman prints; past it the box's lines are read one by one.
const MAX_BOX = 8 * 1024 * 1024;
const QUOTED = /^(['`"])([\s\S]*)\1$/;

export class NewmanBoxes {
  private parts: string[] | undefined;
  private bytes = 0;
  private start = 0;

  /** Whether the line may open a box, from its first characters. */
  static mayOpen(start: string): boolean {
    return OPEN.test(start);
  }

  /** The body a box's last line ends (with the box's first line), null inside a box, undefined elsewhere. */
  take(text: string, line: number): { text: string; line: number } | null | undefined {
    if (this.parts === undefined) {
      if (!OPEN.test(text)) return undefined;
      this.parts = [];
      this.bytes = 0;
      this.start = line;
      return null;
    }
    const part = PART.exec(text);
    if (part && this.bytes < MAX_BOX) {
      this.parts.push(part[1]!);
      this.bytes += part[1]!.length;
      return null;
    }
    const joined = this.parts.join('');
    this.parts = undefined;
    if (!CLOSE.test(text)) return { text, line };
    return { text: QUOTED.exec(joined)?.[2] ?? joined, line: this.start };
  }
}
