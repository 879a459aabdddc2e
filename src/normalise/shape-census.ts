/**
 * What `inspect` reports: which shape reader read each line of a log, which
 * fields each took, and for lines no reader understood, the most common key
 * sets with an example line and a suggested --field mapping. Pure: it is fed
 * lines (or HAR entries) and gives data; the command reads and renders.
 */
import { clip } from '../util/sanitize.js';
import type { SourceRef } from './exchange.js';
import type { FieldMap } from './field-map.js';
import { isObject, type Json } from './marketo-body.js';
import { objectInText } from './ndjson/embedded-text.js';
import type { ShapeTrace } from './ndjson/line-fields.js';
import { recogniseLine } from './ndjson/recognise-line.js';
import { SPLITTERS } from './shapes/registry.js';
import { isContinuation } from './text/continuation.js';
import { reportText } from './redact.js';
import type { FieldName } from './shapes/shape.js';
import { poolExchange, readTextLine } from './text/text-line.js';
import { PlatformLines } from './text/platform-lines.js';
import { decodeText } from '../input/decode.js';
import type { PairedCall } from './text/clients/pair-reader.js';

export type LineVerdict = 'call' | 'other' | 'connection' | 'continuation';

export interface ShapeCount {
  shape: string;
  lines: number;
  /** What the lines of this shape were: Marketo calls, other hosts, ... */
  verdicts: Partial<Record<LineVerdict, number>>;
  example: SourceRef;
  /** Which reader took which field, over all lines of this shape. */
  fields: Array<{ field: string; by: string; count: number }>;
}

export interface KeySetCount {
  keys: string[];
  lines: number;
  example: SourceRef;
  /** --field specs that would read these lines, when a URL and a status can be told apart. */
  suggestion: string[];
}

export interface Census {
  lines: number;
  shapes: ShapeCount[];
  unrecognised: { lines: number; keySets: KeySetCount[] };
}

const MAX_KEY_SETS = 1000;
const MAX_KEYS_SHOWN = 12;
const SHOWN_KEY_SETS = 10;
const UNRECOGNISED_TEXT = '(text line)';

interface ShapeTally {
  lines: number;
  verdicts: Partial<Record<LineVerdict, number>>;
  example: SourceRef;
  fields: Map<string, number>;
}

/** A key as it may be shown: no control characters, no secret (escaped or split by a control), not endless. */
function shownKey(key: string): string {
  return clip(reportText(key).replace(/\s/g, ' '), 60);
}

// The fields that name a line's shape, strongest first; time and ids come from everywhere.
const DECIDING: FieldName[] = ['url', 'status', 'responseBody', 'method', 'noResponse'];

const PLATFORM_PART = 'platform: header or part of a line';
const PRETTY_PART = 'pino-pretty: part of a record';
const PRINTED_PART = 'printed value: part of one, or a line held for the next';

export class ShapeCensus {
  private lineCount = 0;
  private readonly shapes = new Map<string, ShapeTally>();
  private readonly keySets = new Map<string, { keys: string[]; lines: number; example: SourceRef; value?: Json }>();
  private unrecognisedLines = 0;
  private readonly platform = new PlatformLines();
  private lastFile = '';

  constructor(private readonly fieldMap?: FieldMap) {}

  /** One line of an NDJSON, JSON or text log; `value` is its parsed JSON, or its text when it is not JSON. */
  line(value: unknown, source: SourceRef, isText: boolean): void {
    this.lineCount++;
    if (isText) {
      const inner = this.platform.unwrap(Buffer.from(value as string), source.line);
      this.lastFile = source.file;
      const pretty = this.platform.pinoPretty;
      const part = pretty ? PRETTY_PART : this.platform.printedValues ? PRINTED_PART : PLATFORM_PART;
      if (inner === null) this.count(part, 'continuation', source, []);
      else if (inner) this.held(inner, { ...source, line: this.platform.lineOf(source.line) }, this.unwrapped());
      else this.textLine(value as string, source);
      return;
    }
    if (isObject(value)) {
      for (const splitter of SPLITTERS) {
        const records = splitter.split(value);
        if (!records) continue;
        for (const record of records) this.record(record, source, `${splitter.name}: `);
        return;
      }
    }
    this.record(value, source, '');
  }

  private unwrapped(): string {
    if (this.platform.pinoPretty) return 'pino-pretty + ';
    return this.platform.printedValues ? 'printed value + ' : 'platform prefix + ';
  }

  /** A HAR entry: one shape, read by the HAR reader. */
  harEntry(source: SourceRef): void {
    this.lineCount++;
    this.count('har-entry', 'call', source, []);
  }

  result(): Census {
    // The last record pino-pretty wrote waited for a line after it.
    for (const t of this.platform.finish()) this.held(t.bytes, { file: this.lastFile, line: t.line }, this.unwrapped());
    const shapes = [...this.shapes].map(([shape, t]) => ({
      shape,
      lines: t.lines,
      verdicts: t.verdicts,
      example: t.example,
      fields: [...t.fields].map(([key, count]) => {
        const [by, field] = key.split('\u0000') as [string, string];
        return { field, by, count };
      }),
    }));
    shapes.sort((a, b) => b.lines - a.lines || (a.shape < b.shape ? -1 : 1));
    const keySets = [...this.keySets.values()]
      .sort((a, b) => b.lines - a.lines)
      .slice(0, SHOWN_KEY_SETS)
      .map((k) => ({
        keys: k.keys,
        lines: k.lines,
        example: k.example,
        suggestion: k.value ? suggestFields(k.value) : [],
      }));
    return { lines: this.lineCount, shapes, unrecognised: { lines: this.unrecognisedLines, keySets } };
  }

  private record(value: unknown, source: SourceRef, prefix: string): void {
    const taken: Array<[string, FieldName]> = [];
    const trace: ShapeTrace = (shape, fields) => {
      for (const field of fields) taken.push([shape, field]);
    };
    const result = recogniseLine(value, source, this.fieldMap, trace);
    const held = prefix === '' ? this.platform.held(value, result.kind) : undefined;
    if (held) this.held(held, source, 'platform record + ');
    else if (result.kind === 'unrecognised') this.unrecognised(value, source);
    else this.count(prefix + shapeOf(taken), result.kind, source, taken);
  }

  /** The app's line inside a platform's prefix or record, read as the analyzer reads it. */
  private held(bytes: Buffer, source: SourceRef, prefix: string): void {
    const text = decodeText(bytes);
    let value: unknown;
    try {
      value = /^\s*[{[]/.test(text) ? JSON.parse(text) : undefined;
    } catch {}
    if (value === undefined) this.textLine(text, source);
    else this.record(value, source, prefix);
  }

  private textLine(text: string, source: SourceRef): void {
    if (isContinuation(text)) {
      this.count('text: continuation', 'continuation', source, []);
      return;
    }
    const inner = objectInText(text);
    if (isObject(inner) && recogniseLine(inner, source, this.fieldMap).kind !== 'unrecognised') {
      this.record(inner, source, 'text + ');
      return;
    }
    const read = readTextLine(text, source);
    if (read.kind === 'unrecognised') {
      this.unrecognised(undefined, source);
      return;
    }
    if (read.kind === 'call' && read.call.namedUrl !== undefined) {
      this.count('text: a Marketo URL named', 'connection', source, []);
      return;
    }
    const call: PairedCall | undefined = read.kind === 'call' ? read.call : undefined;
    const pair = call?.textPair;
    const exchange = pair
      ? `text: ${pair.client} ${pair.side}`
      : poolExchange(text)
        ? 'text: urllib3'
        : 'text: client line';
    const shape = call?.textMention ? `text: ${call.textMention.way}` : call ? exchange : 'text: connection';
    const internal = new Set(['source', 'textMention', 'textPair']);
    const fields = call ? (Object.keys(call).filter((k) => !internal.has(k)) as FieldName[]) : [];
    // A request, a header, a note: part of a call that its status (or failure) line counts.
    const part = pair && pair.side !== 'response' && pair.side !== 'failure';
    this.count(
      shape,
      part ? 'continuation' : read.kind,
      source,
      fields.map((f) => ['text', f]),
    );
  }

  private count(shape: string, verdict: LineVerdict, source: SourceRef, taken: Array<[string, FieldName]>): void {
    let t = this.shapes.get(shape);
    if (!t) this.shapes.set(shape, (t = { lines: 0, verdicts: {}, example: source, fields: new Map() }));
    t.lines++;
    t.verdicts[verdict] = (t.verdicts[verdict] ?? 0) + 1;
    for (const [by, field] of taken) {
      const key = `${by}\u0000${field}`;
      t.fields.set(key, (t.fields.get(key) ?? 0) + 1);
    }
  }

  private unrecognised(value: unknown, source: SourceRef): void {
    this.unrecognisedLines++;
    const keys = isObject(value) ? Object.keys(value).sort() : [UNRECOGNISED_TEXT];
    const shown = keys.slice(0, MAX_KEYS_SHOWN).map(shownKey);
    if (keys.length > MAX_KEYS_SHOWN) shown.push(`… +${keys.length - MAX_KEYS_SHOWN}`);
    const id = shown.join('\u0000');
    const known = this.keySets.get(id);
    if (known) known.lines++;
    else if (this.keySets.size < MAX_KEY_SETS)
      this.keySets.set(id, { keys: shown, lines: 1, example: source, value: isObject(value) ? value : undefined });
  }
}

/** The reader that took the strongest field names the line's shape. */
function shapeOf(taken: Array<[string, FieldName]>): string {
  for (const field of DECIDING) {
    const hit = taken.find(([, f]) => f === field);
    if (hit) return hit[0];
  }
  return taken[0]?.[0] ?? 'context';
}

const STATUS_LIKE = /status|code/i;
const MAX_SUGGEST_DEPTH = 6;

/** Paths to a URL-like string and a status-like integer in an example line: `--field` specs for them. */
export function suggestFields(value: Json): string[] {
  let url: string | undefined;
  let status: string | undefined;
  const walk = (o: unknown, path: string, depth: number): void => {
    if (!isObject(o) || depth > MAX_SUGGEST_DEPTH) return;
    for (const [key, v] of Object.entries(o)) {
      const p = /^[A-Za-z_$][\w$-]*$/.test(key)
        ? path
          ? `${path}.${key}`
          : key
        : `${path}[${JSON.stringify(shownKey(key))}]`;
      if (url === undefined && typeof v === 'string' && /^https?:\/\/\S+$/i.test(v)) url = p;
      const n = typeof v === 'string' && /^\d{3}$/.test(v) ? Number(v) : v;
      if (
        status === undefined &&
        typeof n === 'number' &&
        Number.isInteger(n) &&
        n >= 100 &&
        n <= 599 &&
        STATUS_LIKE.test(key)
      )
        status = p;
      walk(v, p, depth + 1);
    }
  };
  walk(value, '', 0);
  return url !== undefined && status !== undefined ? [`url=${shownKey(url)}`, `status=${shownKey(status)}`] : [];
}
