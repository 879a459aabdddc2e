import { msg, renderMessage, type Message } from '../errors/words.js';

/**
 * `--field name=path`: tells the NDJSON reader where a log keeps a value when
 * its shape is not one the reader knows, e.g. `--field responseBody=ctx.http.resp.body`.
 * Paths are dotted keys with optional [n] indexes or ["quoted.key"] segments.
 */

export const FIELD_NAMES = [
  'url',
  'method',
  'status',
  'time',
  'duration',
  'requestBody',
  'responseBody',
  'requestId',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export type PathSegment = string | number;
export type FieldMap = Partial<Record<FieldName, readonly PathSegment[]>>;

/** A `--field` that does not parse: `words` say why in any language, `message` in English. */
export class FieldMapError extends Error {
  readonly code = 'BAD_FIELD_MAP';
  constructor(
    readonly words: Message,
    readonly spec: string,
  ) {
    super(renderMessage(words, 'en'));
    this.name = 'FieldMapError';
  }
}

const NAMES: ReadonlySet<string> = new Set(FIELD_NAMES);
// One segment: a key, then any number of [n] or ["key"] / ['key'].
const KEY = /^[^.[\]"'\s]+/;
const INDEX = /^\[(?:(\d+)|"([^"]*)"|'([^']*)')\]/;

export function parsePath(path: string, spec = path): PathSegment[] {
  const out: PathSegment[] = [];
  let rest = path;
  let needKey = true;
  while (rest.length > 0) {
    if (rest[0] === '.') {
      if (needKey) throw new FieldMapError(msg('fieldEmptySegment', { path }), spec);
      rest = rest.slice(1);
      needKey = true;
      if (rest.length === 0) throw new FieldMapError(msg('fieldTrailingDot', { path }), spec);
      continue;
    }
    const index = INDEX.exec(rest);
    if (index) {
      out.push(index[1] !== undefined ? Number(index[1]) : (index[2] ?? index[3])!);
      rest = rest.slice(index[0].length);
      needKey = false;
      continue;
    }
    const key = needKey ? KEY.exec(rest) : null;
    if (!key) throw new FieldMapError(msg('fieldUnreadable', { path, rest }), spec);
    out.push(key[0]);
    rest = rest.slice(key[0].length);
    needKey = false;
  }
  if (out.length === 0) throw new FieldMapError(msg('fieldEmptyPath'), spec);
  return out;
}

/** Parses every `name=path` spec; throws FieldMapError on the first bad one. */
export function parseFieldMap(specs: readonly string[]): FieldMap {
  const map: FieldMap = {};
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq === -1) throw new FieldMapError(msg('fieldNoEquals', { spec }), spec);
    const name = spec.slice(0, eq).trim();
    if (!NAMES.has(name)) {
      throw new FieldMapError(msg('fieldUnknown', { name, known: FIELD_NAMES.join(', ') }), spec);
    }
    if (map[name as FieldName]) throw new FieldMapError(msg('fieldTwice', { name }), spec);
    map[name as FieldName] = parsePath(spec.slice(eq + 1).trim(), spec);
  }
  return map;
}

/** The value at a parsed path, or undefined. */
export function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const seg of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof seg === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[seg];
    } else {
      if (Array.isArray(current) || !Object.hasOwn(current, seg)) return undefined;
      current = (current as Record<string, unknown>)[seg];
    }
  }
  return current;
}
