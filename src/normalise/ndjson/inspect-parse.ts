/**
 * A tolerant reader for Node's util.inspect output, which loggers print when
 * code passes an object to console.log or to a format string:
 *   { requestId: 'e42b#14272d07d78', success: false, errors: [ [Object] ] }
 * and for Python's printed dicts and Ruby's hashes ({'success': False}, {success: nil}).
 * Unquoted keys, ' " ` strings (joined with +), class prefixes (AxiosError {),
 * [Object] / [Circular *1] placeholders, "... 3 more items". Anything it cannot
 * read makes the whole parse fail (undefined) rather than guess.
 */
const MAX_TEXT = 256 * 1024;
const MAX_DEPTH = 32;

// Thrown to give up on a text; one instance, since an Error captures the stack each time it is made and most
// texts tried are not printed objects.
const FAILURE = Symbol('not a printed object');

const NUMBER = /-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|Infinity)n?/y;
const WORD = /[^\s,{}[\]]{1,200}/y;
const KEY = /[\w$]{1,200}|\[[^\]]{0,200}\]/y;
const MORE = /\.\.\. \d+ more items?/y;
// What util.inspect writes after a string it shortened: `'{"input":[...'... 22701 more characters`.
const MORE_CHARACTERS = /\.\.\. \d+ more characters?/y;

class InspectReader {
  i = 0;
  constructor(private readonly s: string) {}

  fail(): never {
    throw FAILURE;
  }

  ws(): void {
    const s = this.s;
    let i = this.i;
    for (;;) {
      const c = s.charCodeAt(i);
      // space, \t \n \v \f \r
      if (c === 32 || (c >= 9 && c <= 13)) i++;
      else break;
    }
    this.i = i;
  }

  /** Runs a sticky regex at the cursor; advances past the match. */
  match(re: RegExp): string | undefined {
    re.lastIndex = this.i;
    const m = re.exec(this.s);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail();
    this.ws();
    const c = this.s[this.i];
    if (c === undefined) this.fail();
    if (c === '{') return this.object(depth);
    if (c === '[') {
      // `[Object]`, `[Function: f]`, `[class Blob]`: an array opens with `[ `, `[]`, or (Python) `[{`, `['`.
      if (/[A-Z]/.test(this.s[this.i + 1] ?? '') || this.s.startsWith('[class ', this.i))
        return this.placeholder(depth);
      return this.array(depth);
    }
    if (c === "'" || c === '"' || c === '`') return this.joinedString();
    if (c === '<') {
      // "<ref *1> { ... }" before a value; "<Buffer 7b 22>" and "<pending>" are values of their own.
      const end = this.s.indexOf('>', this.i);
      if (end === -1) this.fail();
      const token = this.s.slice(this.i, end + 1);
      this.i = end + 1;
      const save = this.i;
      this.ws();
      const next = this.s[this.i];
      if (next === undefined || next === ',' || next === '}' || next === ']') return token;
      this.i = save;
      return this.value(depth + 1);
    }
    const start = this.i;
    const num = this.match(NUMBER);
    if (num !== undefined) {
      if (!/[\w:-]/.test(this.s[this.i] ?? '')) return Number(num.endsWith('n') ? num.slice(0, -1) : num);
      this.i = start;
    }
    return this.word(depth);
  }

  /** true/false/null/undefined, a class prefix before { or [, or a bare token such as a Date. */
  word(depth: number): unknown {
    const w = this.match(WORD);
    if (w === undefined) this.fail();
    // JavaScript's words, and Python's and Ruby's: their printed dicts and hashes read the same way.
    if (w === 'true' || w === 'True') return true;
    if (w === 'false' || w === 'False') return false;
    if (w === 'null' || w === 'None' || w === 'nil') return null;
    if (w === 'undefined' || w === 'NaN') return undefined;
    const save = this.i;
    this.ws();
    const next = this.s[this.i];
    if ((next === '{' || next === '[') && /^[A-Za-z_$][\w$]*(?:\(\d+\))?$/.test(w)) return this.value(depth + 1);
    this.i = save;
    return w;
  }

  placeholder(depth: number): unknown {
    const end = this.closingBracket();
    const token = this.s.slice(this.i, end + 1);
    this.i = end + 1;
    // "[Object: null prototype] { ... }" and "[class X] { ... }" carry a body.
    const save = this.i;
    this.ws();
    if (this.s[this.i] === '{') return this.object(depth + 1);
    this.i = save;
    return token === '[Object]' ? {} : token === '[Array]' ? [] : token;
  }

  /** The `]` that closes the placeholder at the cursor: `[Object [AxiosHeaders]]` holds one of its own. */
  closingBracket(): number {
    let open = 0;
    for (let i = this.i; i < this.s.length && i < this.i + 400; i++) {
      const c = this.s[i];
      if (c === '[') open++;
      else if (c === ']' && --open === 0) return i;
    }
    return this.fail();
  }

  joinedString(): string {
    let out = this.string();
    for (;;) {
      this.match(MORE_CHARACTERS);
      const save = this.i;
      this.ws();
      if (this.s[this.i] !== '+') {
        this.i = save;
        return out;
      }
      this.i++;
      this.ws();
      out += this.string();
    }
  }

  string(): string {
    const s = this.s;
    const quote = s[this.i];
    if (quote !== "'" && quote !== '"' && quote !== '`') this.fail();
    let out = '';
    let b = -2; // next backslash at or after i; searched again only once passed (no quadratic rescans)
    for (let i = this.i + 1; i < s.length; i++) {
      // Copy the run up to the next quote or backslash in one go.
      const q = s.indexOf(quote, i);
      if (q === -1) break;
      if (b !== -1 && b < i) b = s.indexOf('\\', i);
      if (b === -1 || b > q) {
        this.i = q + 1;
        return out + s.slice(i, q);
      }
      out += s.slice(i, b);
      i = b + 1;
      const e = s[i];
      if (e === 'n') out += '\n';
      else if (e === 't') out += '\t';
      else if (e === 'r') out += '\r';
      else if (e === 'u' || e === 'x') {
        const len = e === 'u' ? 4 : 2;
        const hex = s.slice(i + 1, i + 1 + len);
        if (!/^[0-9a-f]+$/i.test(hex) || hex.length !== len) this.fail();
        out += String.fromCharCode(parseInt(hex, 16));
        i += len;
      } else if (e !== undefined) out += e;
    }
    return this.fail();
  }

  key(): string {
    const c = this.s[this.i];
    if (c === "'" || c === '"') return this.string();
    const k = this.match(KEY);
    if (k === undefined) this.fail();
    return k;
  }

  object(depth: number): Record<string, unknown> {
    this.i++; // {
    const out: Record<string, unknown> = {};
    for (;;) {
      this.ws();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      if (this.s.startsWith('...', this.i)) this.skipMore();
      else {
        const key = this.key();
        this.ws();
        if (this.s[this.i] !== ':') this.fail();
        this.i++;
        const v = this.value(depth + 1);
        if (!key.startsWith('[')) out[key] = v;
      }
      this.separator('}');
    }
  }

  array(depth: number): unknown[] {
    this.i++; // [
    const out: unknown[] = [];
    for (;;) {
      this.ws();
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      if (this.s.startsWith('...', this.i)) this.skipMore();
      else if (this.s[this.i] === '<')
        this.skipTo('>'); // "<2 empty items>"
      else out.push(this.value(depth + 1));
      this.separator(']');
    }
  }

  /** "... 98 more items" */
  skipMore(): void {
    if (this.match(MORE) === undefined) this.fail();
  }

  skipTo(ch: string): void {
    const end = this.s.indexOf(ch, this.i);
    if (end === -1) this.fail();
    this.i = end + 1;
  }

  separator(close: string): void {
    this.ws();
    const c = this.s[this.i];
    if (c === ',') this.i++;
    else if (c !== close) this.fail();
  }
}

/** Reads the inspect value starting at `start` (a '{' or '['); undefined when it is not one. */
export function parseInspect(text: string, start = 0): unknown {
  const reader = new InspectReader(text.slice(start, start + MAX_TEXT));
  try {
    return reader.value(0);
  } catch (e) {
    if (e === FAILURE || e instanceof RangeError) return undefined;
    throw e;
  }
}
