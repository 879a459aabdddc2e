/**
 * One parsed NDJSON value -> what it says about a Marketo call. Pure: pairing
 * request and response lines and dropping repeats is CallAssembler's job.
 */
import type { RawCall } from '../build-exchange.js';
import type { ApiKind, SourceRef } from '../exchange.js';
import { type FieldMap, valueAt } from '../field-map.js';
import { isMarketoShaped, isObject, parseBody } from '../marketo-body.js';
import { apiKindOf, parseUrl } from '../marketo-url.js';
import { fill, type LineFields, readObject, type ShapeTrace } from './line-fields.js';
import { SPLITTERS } from '../shapes/registry.js';
import { exportedRecords } from './export-document.js';
import { unwrapBody } from '../shapes/marketo-text.js';
import { durationMs, httpStatus, idOf, str, timeOf } from './values.js';
import type { PairedCall } from '../text/clients/pair-reader.js';
import { statusAlone } from '../text/clients/curl-write-out.js';

export type LinePart = 'whole' | 'request' | 'response';

export type LineResult =
  | { kind: 'call'; call: RawCall; part: LinePart; correlationId?: string }
  /** An HTTP log line for a host that is not Marketo. */
  | { kind: 'other' }
  /** A connection opened and nothing else: its scheme://host:port. */
  | { kind: 'connection'; origin: string }
  /** JSON that matches no known shape. */
  | { kind: 'unrecognised' };

const OTHER: LineResult = Object.freeze({ kind: 'other' });
const UNRECOGNISED: LineResult = Object.freeze({ kind: 'unrecognised' });

/** The user's --field paths go first, so they win over anything guessed. */
function readMapped(value: unknown, map: FieldMap, f: LineFields): void {
  const at = (path: FieldMap[keyof FieldMap]): unknown => (path ? valueAt(value, path) : undefined);
  fill(f, 'url', str(at(map.url)));
  fill(f, 'method', str(at(map.method)));
  fill(f, 'status', httpStatus(at(map.status)));
  fill(f, 'time', timeOf(at(map.time)));
  fill(f, 'durationMs', durationMs(at(map.duration)));
  fill(f, 'requestBody', at(map.requestBody));
  fill(f, 'responseBody', at(map.responseBody));
  fill(f, 'correlationId', idOf(at(map.requestId)));
}

function toRawCall(f: LineFields, part: LinePart, body: unknown, source: SourceRef): RawCall {
  const call: RawCall = { source };
  if (f.method !== undefined) call.method = f.method;
  if (f.url !== undefined) call.url = f.url;
  if (f.host !== undefined) call.host = f.host;
  if (f.params !== undefined) call.params = f.params;
  if (f.requestBody !== undefined) call.requestBody = f.requestBody;
  if (f.requestBytes !== undefined) call.requestBytes = f.requestBytes;
  if (f.textMention !== undefined) call.textMention = f.textMention;
  if (f.textPair !== undefined) (call as PairedCall).textPair = f.textPair;
  if (part === 'request') {
    const start = f.startedAt ?? f.time;
    if (start !== undefined) call.startedAt = start;
    return call;
  }
  if (f.status !== undefined) call.status = f.status;
  if (f.noResponse && (f.status === undefined || f.status === 0)) call.noResponse = true;
  if (body !== undefined) call.responseBody = body;
  if (f.durationMs !== undefined) call.durationMs = f.durationMs;
  if (f.time !== undefined) call.endedAt = f.time;
  // Without a duration the line's time is the best start we have.
  const start = f.startedAt ?? (f.durationMs === undefined ? f.time : undefined);
  if (start !== undefined) call.startedAt = start;
  return call;
}

function apiOf(f: LineFields): ApiKind | undefined {
  if (f.url === undefined) return undefined;
  const parsed = parseUrl(f.url);
  return apiKindOf(parsed.path, parsed.host ?? f.host?.toLowerCase());
}

/**
 * The records of one line: undefined for the usual one; an OTLP or CloudWatch batch holds many, and so
 * does a whole `document` that a platform's search API exported (export-document.ts).
 */
export function recordsOf(value: unknown, document = false): unknown[] | undefined {
  if (!isObject(value)) return undefined;
  for (const splitter of SPLITTERS) {
    const records = splitter.split(value);
    if (records) return records;
  }
  return document ? exportedRecords(value, readsAsCall) : undefined;
}

const PROBE: SourceRef = { file: '', line: 0 };

/** Whether a value reads as a logged call, of Marketo or another host. */
function readsAsCall(value: unknown): boolean {
  const kind = recogniseLine(value, PROBE).kind;
  return kind === 'call' || kind === 'other';
}

/**
 * Every field present from the start (undefined until a reader fills it): the
 * object keeps one shape, so the readers' loads and stores stay monomorphic
 * instead of walking a new hidden class per field filled.
 */
function emptyFields(): LineFields {
  return {
    method: undefined,
    url: undefined,
    host: undefined,
    params: undefined,
    status: undefined,
    noResponse: undefined,
    startedAt: undefined,
    durationMs: undefined,
    requestBody: undefined,
    requestBytes: undefined,
    responseBody: undefined,
    time: undefined,
    correlationId: undefined,
    traceId: undefined,
    textMention: undefined,
    origin: undefined,
  };
}

/** A number alone on a line of bodies, as `curl -s -w '\n%{http_code}\n'` prints its status after each. */
function codeAlone(value: number, source: SourceRef): LineResult {
  const facts = Number.isInteger(value) ? statusAlone(String(value)) : undefined;
  return facts ? { kind: 'call', call: { source, ...facts }, part: 'whole' } : UNRECOGNISED;
}

export function recogniseLine(value: unknown, source: SourceRef, fieldMap?: FieldMap, trace?: ShapeTrace): LineResult {
  if (!isObject(value)) return typeof value === 'number' ? codeAlone(value, source) : UNRECOGNISED;
  const f = emptyFields();
  if (fieldMap) readMapped(value, fieldMap, f);
  readObject(value, f, trace);
  f.responseBody = unwrapBody(f.responseBody);

  const body = parseBody(f.responseBody);
  const marketoBody = isMarketoShaped(body);
  const api = apiOf(f);
  const correlationId = f.correlationId ?? f.traceId;
  const answered = f.status !== undefined || f.noResponse === true;
  const hasResponse = answered || f.responseBody !== undefined;

  let part: LinePart;
  if (marketoBody || (api !== undefined && api !== 'other')) {
    if (!hasResponse) {
      // A request line: pairs with a later response line (by id, else by URL).
      if (f.method === undefined && correlationId === undefined) return UNRECOGNISED;
      part = 'request';
    } else part = api === undefined && correlationId !== undefined ? 'response' : 'whole';
  } else if (api === 'other') {
    return f.method !== undefined || hasResponse ? OTHER : UNRECOGNISED;
  } else if (answered && correlationId !== undefined) {
    // A response line with no URL: it may answer an earlier Marketo request line.
    part = 'response';
  } else if (f.noResponse && f.textMention) {
    // requests' ConnectionError in a logged traceback: no URL, the host comes from the lines before it.
    part = 'whole';
  } else if (f.status !== undefined) {
    return OTHER;
  } else {
    return f.origin === undefined ? UNRECOGNISED : { kind: 'connection', origin: f.origin };
  }

  const result: LineResult = { kind: 'call', call: toRawCall(f, part, body, source), part };
  if (correlationId !== undefined) result.correlationId = correlationId;
  return result;
}
