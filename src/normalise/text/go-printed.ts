/**
 * A value Go's fmt printed, as Go apps log a decoded Marketo body with the log package:
 * - a map[string]interface{} with %v: `map[errors:[map[code:606 message:Max rate ...]] requestId:e42b#1 success:false]`
 *   (keys sorted, nothing quoted, values with spaces in them);
 * - a struct with %+v: `&{RequestID:e42b#1 Success:false Errors:[{Code:606 Message:Max rate ...}]}`.
 * A value runs to the next ` key:` or to the bracket that closes its container: in a map only a key that
 * sorts after the one before counts, since fmt prints a map's keys in order. A struct printed with %v
 * (`{e42b#1 false [{606 Max ...}]}`) names no field and is not read. One pass, each character looked at
 * a bounded number of times; nesting deeper than a body ever goes is not read.
 */

type GoValue = string | boolean | null | GoValue[] | { [key: string]: GoValue };

const MAX_DEPTH = 32;
const MAX_KEY = 80;
const MAX_TEXT = 1024 * 1024;
// Where a printed value can start: a map with a key (or empty), a struct with an exported field's name. Not as a
// quoted value (`body="map[...]"`, slog's TextHandler): that record is read for its pairs, the value as its body.
const START = /(?:^|[^\w.="])(map\[(?:[A-Za-z_]\w{0,79}:|\])|&?\{[A-Z]\w{0,79}:)/;
const FAIL = Symbol('unreadable');
// A struct's brace and its first field's capital: looked for natively before the pattern above.
const STRUCT_OPEN = /\{[A-Z]/;

class Reader {
  pos: number;
  constructor(
    readonly text: string,
    start: number,
  ) {
    this.pos = start;
  }

  value(close: string, keyed: boolean, after: string, depth: number): GoValue | typeof FAIL {
    if (depth > MAX_DEPTH) return FAIL;
    const t = this.text;
    if (t.startsWith('map[', this.pos)) return this.keyed(this.pos + 4, ']', true, depth + 1);
    if (t.startsWith('&{', this.pos)) return this.structAt(this.pos + 2, depth);
    if (t[this.pos] === '{') return this.structAt(this.pos + 1, depth);
    if (t[this.pos] === '[') return this.list(this.pos + 1, depth + 1);
    return this.scalar(close, keyed, after);
  }

  private structAt(at: number, depth: number): GoValue | typeof FAIL {
    return this.keyLength(at) > 0 || this.text[at] === '}' ? this.keyed(at, '}', false, depth + 1) : FAIL;
  }

  /** The length of `key:` at `at` (0 when there is none). */
  keyLength(at: number): number {
    const t = this.text;
    let i = at;
    const first = t.charCodeAt(i);
    if (!(isLetter(first) || first === 95)) return 0;
    while (i < t.length && i - at <= MAX_KEY && isWord(t.charCodeAt(i))) i++;
    return t[i] === ':' && i - at <= MAX_KEY ? i - at + 1 : 0;
  }

  private keyed(at: number, close: string, isMap: boolean, depth: number): GoValue | typeof FAIL {
    const t = this.text;
    const out: Record<string, GoValue> = {};
    this.pos = at;
    while (this.pos < t.length) {
      if (t[this.pos] === close) {
        this.pos++;
        return out;
      }
      const length = this.keyLength(this.pos);
      if (length === 0) return FAIL;
      const key = t.slice(this.pos, this.pos + length - 1);
      this.pos += length;
      const value = this.value(close, true, key, depth);
      if (value === FAIL) return FAIL;
      out[isMap ? key : goFieldName(key)] = value;
      if (t[this.pos] === ' ') this.pos++;
      else if (t[this.pos] !== close) return FAIL;
    }
    return FAIL;
  }

  private list(at: number, depth: number): GoValue | typeof FAIL {
    const t = this.text;
    const out: GoValue[] = [];
    this.pos = at;
    while (this.pos < t.length) {
      if (t[this.pos] === ']') {
        this.pos++;
        return out;
      }
      const value = this.value(']', false, '', depth);
      if (value === FAIL) return FAIL;
      out.push(value);
      if (t[this.pos] === ' ') this.pos++;
      else if (t[this.pos] !== ']') return FAIL;
    }
    return FAIL;
  }

  /** Text up to the closing bracket, or (in a map or struct) a following key; in a list, up to a blank. */
  private scalar(close: string, keyed: boolean, after: string): GoValue | typeof FAIL {
    const t = this.text;
    const start = this.pos;
    let nested = 0;
    for (let i = start; i < t.length; i++) {
      const c = t[i];
      if (c === '[' || c === '{') nested++;
      else if ((c === ']' || c === '}') && nested > 0) nested--;
      else if (c === close && nested === 0) return this.end(start, i);
      else if (c === ' ' && nested === 0 && (!keyed || this.startsKey(i + 1, close === ']', after)))
        return this.end(start, i);
    }
    return FAIL;
  }

  /** A map's next key sorts after the one before it; a struct's is any field name. */
  private startsKey(at: number, isMap: boolean, after: string): boolean {
    const length = this.keyLength(at);
    if (length === 0) return false;
    return !isMap || this.text.slice(at, at + length - 1) > after;
  }

  private end(start: number, at: number): GoValue {
    this.pos = at;
    const raw = this.text.slice(start, at);
    return raw === 'true' ? true : raw === 'false' ? false : raw === '<nil>' ? null : raw;
  }
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWord = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** Go's exported field name as the JSON key Marketo sends: `RequestID` -> `requestId`, `Errors` -> `errors`. */
export function goFieldName(name: string): string {
  const camel = name.endsWith('ID') ? `${name.slice(0, -2)}Id` : name;
  return camel.length > 0 ? camel[0]!.toLowerCase() + camel.slice(1) : camel;
}

/** The first value Go printed in a text, with the text beside it; undefined when there is none or it cannot be read. */
export function goPrintedInText(text: string): { value: Record<string, unknown>; beside: string } | undefined {
  if (text.length > MAX_TEXT || (!text.includes('map[') && !STRUCT_OPEN.test(text))) return undefined;
  const found = START.exec(text);
  if (!found) return undefined;
  const start = found.index + found[0].length - found[1]!.length;
  const reader = new Reader(text, start);
  const value = reader.value('', false, '', 0);
  if (value === FAIL || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return { value, beside: `${text.slice(0, start)} ${text.slice(reader.pos)}`.trim() };
}

/** A list Go printed, as the whole text (`[map[code:606 message:...]]`, slog's TextHandler value of a group's key). */
export function goPrintedList(text: string): unknown[] | undefined {
  if (text.length > MAX_TEXT || !text.startsWith('[')) return undefined;
  const reader = new Reader(text, 0);
  const value = reader.value('', false, '', 0);
  return Array.isArray(value) && reader.pos === text.length ? value : undefined;
}
