/**
 * The contract of a shape reader: one log family (pino, OpenTelemetry, Google
 * Cloud's LogEntry, ...) read out of one JSON object. Readers run in the order
 * of registry.ts, and each fills a field only while it is empty, so the
 * earlier reader wins.
 */
import type { RawCall } from '../build-exchange.js';
import type { Json } from '../marketo-body.js';
import type { LineKeys } from '../ndjson/line-keys.js';
import type { TextPair } from '../text/clients/pair-reader.js';

/** The fields of a RawCall that a line can hold, and what pairs lines up. */
export interface LineFields extends Omit<RawCall, 'source' | 'endedAt' | 'lineBytes' | 'requestId' | 'namedUrl'> {
  /** When the line was written. */
  time?: number | string;
  /** An id of this request in the logger's context (not Marketo's requestId). */
  correlationId?: string;
  /** A trace id: weaker than correlationId, one trace may hold many calls. */
  traceId?: string;
  /** A connection opened (urllib3's `Starting new HTTPS connection`), for a later failure with no URL. */
  origin?: string;
  /** The part of a call the line is, when it pairs with other lines as a client's text does (curl's write-out). */
  textPair?: TextPair;
}

export type FieldName = keyof LineFields;

export function fill<K extends FieldName>(f: LineFields, key: K, value: LineFields[K] | undefined): void {
  if (value !== undefined && f[key] === undefined) f[key] = value;
}

export interface ReadContext {
  depth: number;
  /** Datadog writes its standard `duration` attribute in nanoseconds. */
  nanos: boolean;
  /** Reads an object or text found inside this one (a wrapped error, a message) into the same fields. */
  readText(text: string, f: LineFields, ctx: ReadContext): void;
}

export interface ShapeReader {
  /** How `inspect` names the shape. */
  readonly name: string;
  read(k: LineKeys, o: Json, f: LineFields, ctx: ReadContext): void;
}

/** A shape whose one line holds many records (an OTLP export batch): each is then read as a line. */
export interface RecordSplitter {
  readonly name: string;
  /** The records, or undefined when the value is not of this shape. */
  split(value: Json): Json[] | undefined;
}
