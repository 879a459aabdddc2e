/**
 * A value Go's fmt printed with %#v, in Go syntax, as a Go app logs a decoded Marketo body to debug it:
 * - `map[string]interface {}{"errors":[]interface {}{map[string]interface {}{"code":"606", "message":"..."}},
 *   "requestId":"a4c2#1", "success":false}`;
 * - `&main.response{RequestID:"a4c2#1", Result:[]main.record(nil), Success:false, Errors:[]main.marketoError{
 *   main.marketoError{Code:"606", Message:"..."}}}`.
 * Each value is a type then its elements in braces (`TYPE(nil)` is nil), a quoted string, a number, or a flag.
 * One pass with a bounded look at each type name; nesting deeper than a body goes is not read.
 */
import { goFieldName } from './go-printed.js';

type GoValue = string | number | boolean | null | GoValue[] | { [key: string]: GoValue };

const MAX_TEXT = 1024 * 1024;
const MAX_DEPTH = 32;
const MAX_TYPE = 200;
// Where such a value starts: a map of interfaces, or a struct of a package (`&main.response{`, `sync.answer{`),
// found by its `.Type{` (a literal to scan for), its package name then read backwards.
const MAP_START = 'map[string]interface {}{';
const TYPE_OPEN = /\.[A-Za-z_]\w{0,80}\{/g;
const PACKAGE_CHAR = /\w/;
const SCALAR = /"(?:[^"\\\r\n]|\\.){0,100000}"|-?\d[\d.eE+-]{0,30}|true|false|<nil>/y;
const FIELD = /([A-Za-z_]\w{0,80}):/y;
const FAIL = Symbol('unreadable');

class Reader {
  constructor(
    readonly text: string,
    public pos: number,
  ) {}

  value(depth: number): GoValue | typeof FAIL {
    if (depth > MAX_DEPTH) return FAIL;
    SCALAR.lastIndex = this.pos;
    const scalar = SCALAR.exec(this.text);
    if (scalar) {
      this.pos = SCALAR.lastIndex;
      return scalarOf(scalar[0]);
    }
    const type = this.typeName();
    if (type === undefined) return FAIL;
    if (this.text.startsWith('(nil)', this.pos)) {
      this.pos += 5;
      return null;
    }
    if (this.text[this.pos] !== '{') return FAIL;
    this.pos++;
    if (type.startsWith('map[')) return this.elements(depth, 'map');
    return type.startsWith('[]') ? this.elements(depth, 'list') : this.elements(depth, 'struct');
  }

  /** A type name up to its `{` or `(`; `interface {}` and `struct {}` hold braces of their own. */
  private typeName(): string | undefined {
    const t = this.text;
    const start = this.pos;
    for (let i = start; i < t.length && i - start <= MAX_TYPE; i++) {
      const c = t[i];
      if (c === '{' && t[i + 1] === '}' && t[i - 1] === ' ') i++;
      else if (c === '{' || c === '(') {
        this.pos = i;
        return i > start ? t.slice(start, i) : undefined;
      } else if (c === ',' || c === '}' || c === '"') return undefined;
    }
    return undefined;
  }

  private elements(depth: number, kind: 'map' | 'list' | 'struct'): GoValue | typeof FAIL {
    const t = this.text;
    const list: GoValue[] = [];
    const object: Record<string, GoValue> = {};
    while (this.pos < t.length) {
      if (t[this.pos] === '}') {
        this.pos++;
        return kind === 'list' ? list : object;
      }
      let key: string | undefined;
      if (kind === 'map') {
        const k = this.value(depth + 1);
        if (typeof k !== 'string' || t[this.pos] !== ':') return FAIL;
        key = k;
        this.pos++;
      } else if (kind === 'struct') {
        FIELD.lastIndex = this.pos;
        const field = FIELD.exec(t);
        if (!field) return FAIL;
        key = goFieldName(field[1]!);
        this.pos = FIELD.lastIndex;
      }
      const value = this.value(depth + 1);
      if (value === FAIL) return FAIL;
      if (key === undefined) list.push(value);
      else object[key] = value;
      if (t.startsWith(', ', this.pos)) this.pos += 2;
      else if (t[this.pos] !== '}') return FAIL;
    }
    return FAIL;
  }
}

function scalarOf(token: string): GoValue {
  if (token === 'true' || token === 'false') return token === 'true';
  if (token === '<nil>') return null;
  if (!token.startsWith('"')) return Number.isFinite(Number(token)) ? Number(token) : token;
  // strconv.Quote's escapes are JSON's but for \x, \a, \v and \U: those are read as the code points they name.
  const json = token.replace(/\\x([0-9a-fA-F]{2})|\\a|\\v|\\U([0-9a-fA-F]{8})/g, (all, hex, wide) =>
    hex
      ? `\\u00${hex}`
      : wide
        ? JSON.stringify(String.fromCodePoint(Number.parseInt(wide, 16))).slice(1, -1)
        : all === '\\a'
          ? '\\u0007'
          : '\\u000b',
  );
  try {
    return JSON.parse(json) as string;
  } catch {
    return token.slice(1, -1);
  }
}

/** The first value Go printed with %#v in a text, with the text beside it; undefined when there is none. */
export function goSyntaxInText(text: string): { value: Record<string, unknown>; beside: string } | undefined {
  if (text.length > MAX_TEXT || !text.includes('{')) return undefined;
  const start = startOf(text);
  if (start === undefined) return undefined;
  const reader = new Reader(text, start);
  const value = reader.value(0);
  if (value === FAIL || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const before = text[start - 1] === '&' ? start - 1 : start;
  return { value, beside: `${text.slice(0, before)} ${text.slice(reader.pos)}`.trim() };
}

/** Where the first map of interfaces or struct of a package starts (its type's first character). */
function startOf(text: string): number | undefined {
  const map = text.indexOf(MAP_START);
  TYPE_OPEN.lastIndex = 0;
  const type = TYPE_OPEN.exec(text);
  if (type === null || (map !== -1 && map < type.index)) return map === -1 ? undefined : map;
  let start = type.index;
  while (start > 0 && type.index - start < 40 && PACKAGE_CHAR.test(text[start - 1]!)) start--;
  const first = text.charCodeAt(start);
  // A package name starts with a lower-case letter or `_`.
  return start < type.index && ((first >= 97 && first <= 122) || first === 95) ? start : map === -1 ? undefined : map;
}
