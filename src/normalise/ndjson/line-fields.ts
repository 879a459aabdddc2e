/**
 * Reads what one log line says about an HTTP call, whatever logger wrote it.
 * The walker visits the line, its containers (meta, attributes, ...) and
 * objects embedded in its text; on each it runs the shape readers of
 * shapes/registry.ts in order. Texts with no embedded object may still name a
 * Marketo code (text/codes-in-text.ts).
 */
import { readTextFacts } from '../text/text-line.js';
import { withoutTerminalCodes } from '../text/terminal-codes.js';
import { clientLine } from '../text/client-line.js';
import { CONTAINER_KEYS, LAST_RESORT, SHAPES, TEXT_KEYS } from '../shapes/registry.js';
import type { FieldName, LineFields, ReadContext, ShapeReader } from '../shapes/shape.js';
import type { Json } from '../marketo-body.js';
import { objectInText } from './embedded-text.js';
import { logfmtObject } from '../text/logfmt.js';
import { type LineKeys, readKeys } from './line-keys.js';
import { obj } from './values.js';

export { fill, type LineFields } from '../shapes/shape.js';

/** Told which fields each reader took, for `inspect`. */
export type ShapeTrace = (shape: string, fields: FieldName[]) => void;

const MAX_CONTAINER_DEPTH = 2;
const MAX_TEXT_DEPTH = 3;

type NamedCall = Pick<LineFields, 'method' | 'url' | 'status' | 'textMention'>;

/** A call a text names with its URL and status (an exception's words), read as a text line is. */
function namedCall(text: string): NamedCall | undefined {
  const facts = readTextFacts(text);
  return facts && !('origin' in facts) && facts.url !== undefined && facts.status !== undefined ? facts : undefined;
}

class Walker {
  constructor(private readonly trace: ShapeTrace | undefined) {}

  readonly readText = (written: string, f: LineFields, ctx: ReadContext): void => {
    if (ctx.depth >= MAX_TEXT_DEPTH) return;
    // The body under a key of its own (tslog's, an app's `{ body }` beside `GET url 401`): the message names the call.
    if (f.responseBody !== undefined) return void this.nameCall(withoutTerminalCodes(written), f);
    const text = withoutTerminalCodes(written); // a coloured line in Docker's `log`, as the terminal showed it
    // A JSON or printed object in the text, else logfmt pairs (a Go service's line in Docker's `log`).
    const inner = obj(objectInText(text)) ?? obj(logfmtObject(text));
    if (inner) this.lastResort(inner, this.object(inner, f, { ...ctx, depth: ctx.depth + 1, nanos: false }), f, ctx);
    if (f.responseBody !== undefined) return void this.nameCall(text, f);
    // urllib3's line, requests' errors, codes as text: what Python's JSON loggers carry in their messages.
    const facts = readTextFacts(text);
    if (facts === undefined) return;
    if ('origin' in facts) {
      f.origin ??= facts.origin;
      return;
    }
    const took: FieldName[] = [];
    for (const [name, value] of Object.entries(facts) as Array<[FieldName, never]>) {
      if (f[name] === undefined) {
        f[name] = value;
        took.push(name);
      }
    }
    if (took.length > 0) this.trace?.('text', took);
  };

  /**
   * `GET url -> 401 {"error":..}`, Guzzle's `Client error: \`GET url\` resulted in a \`401 ...\` response:
   * {"error":..}`: the text before (or beside) a body that is not Marketo's names the call.
   */
  private nameCall(text: string, f: LineFields): void {
    if (f.url !== undefined || f.status !== undefined) return;
    const client: NamedCall | undefined = clientLine(text) ?? namedCall(text);
    if (client?.status !== undefined) {
      [f.method, f.url, f.status] = [f.method ?? client.method, client.url, client.status];
      f.textMention ??= client.textMention;
    }
  }

  /** After the named shapes had every object of the line (or of a document embedded in its text). */
  lastResort(o: Json, k: LineKeys, f: LineFields, ctx: ReadContext): void {
    if (k.any) for (const shape of LAST_RESORT) this.run(shape, k, o, f, ctx);
  }

  run(shape: ShapeReader, k: LineKeys, o: Json, f: LineFields, ctx: ReadContext): void {
    if (!this.trace) {
      shape.read(k, o, f, ctx);
      return;
    }
    const empty = (Object.keys(FIELDS) as FieldName[]).filter((name) => f[name] === undefined);
    shape.read(k, o, f, ctx);
    const took = empty.filter((name) => f[name] !== undefined);
    if (took.length > 0) this.trace(shape.name, took);
  }

  object(o: Json, f: LineFields, ctx: ReadContext): LineKeys {
    const k = readKeys(o);
    if (!k.any) return k;
    const nanos =
      ctx.nanos || k.type === 'log' || k.ddsource !== undefined || k.dd !== undefined || k.ddtags !== undefined;
    const here: ReadContext = nanos === ctx.nanos ? ctx : { ...ctx, nanos };
    if (this.trace) for (const shape of SHAPES) this.run(shape, k, o, f, here);
    else for (const shape of SHAPES) shape.read(k, o, f, here);
    // winston's `meta`, Datadog's `attributes`, GCP's `jsonPayload`: more of the same line, one level down.
    if (ctx.depth < MAX_CONTAINER_DEPTH) {
      for (const containerOf of CONTAINERS) {
        const c = obj(containerOf(k));
        if (c) this.object(c, f, { ...here, depth: ctx.depth + 1 });
      }
    }
    for (const textOf of TEXTS) {
      const text = textOf(k);
      if (typeof text === 'string') this.readText(text, f, here);
    }
    return k;
  }
}

/**
 * One getter per key of the registry's lists: `k[key]` with eleven keys at one
 * site is a megamorphic lookup in LineKeys' 78 fields, a getter is one plain
 * load. The mapped types make the compiler ask for a getter when a key is added.
 */
type Getters<Keys extends readonly (keyof LineKeys)[]> = { readonly [K in Keys[number]]: (k: LineKeys) => unknown };
const CONTAINER_GETTERS: Getters<typeof CONTAINER_KEYS> = {
  meta: (k) => k.meta,
  attributes: (k) => k.attributes,
  context: (k) => k.context,
  jsonPayload: (k) => k.jsonPayload,
  properties: (k) => k.properties,
};
const TEXT_GETTERS: Getters<typeof TEXT_KEYS> = {
  message: (k) => k.message,
  msg: (k) => k.msg,
  atMessage: (k) => k.atMessage,
  log: (k) => k.log,
  body: (k) => k.body,
  error: (k) => k.error,
  textPayload: (k) => k.textPayload,
};
// In the registry's order, which decides which text is read first.
const CONTAINERS = CONTAINER_KEYS.map((key) => CONTAINER_GETTERS[key]);
const TEXTS = TEXT_KEYS.map((key) => TEXT_GETTERS[key]);

// Every field a reader can fill, for the trace's before/after comparison.
const FIELDS: Record<FieldName, true> = {
  method: true,
  url: true,
  host: true,
  params: true,
  status: true,
  noResponse: true,
  startedAt: true,
  durationMs: true,
  requestBody: true,
  requestBytes: true,
  responseBody: true,
  time: true,
  correlationId: true,
  traceId: true,
  textMention: true,
  origin: true,
  textPair: true,
};

const PLAIN = new Walker(undefined);

/** Reads one line (a parsed JSON value) into `f`. */
export function readObject(o: Json, f: LineFields, trace?: ShapeTrace): void {
  const walker = trace ? new Walker(trace) : PLAIN;
  const ctx: ReadContext = { depth: 0, nanos: false, readText: walker.readText };
  walker.lastResort(o, walker.object(o, f, ctx), f, ctx);
}
