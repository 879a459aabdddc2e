/**
 * Salesforce's Event Monitoring record of an Apex callout, in its two spellings: a row of the ApexCallout event
 * log file (`EVENT_TYPE` ApexCallout; `URL`, `METHOD`, `STATUS_CODE`, `TIME` in ms, `REQUEST_SIZE` in bytes,
 * `SUCCESS` 1/0, `TIMESTAMP_DERIVED` ISO or `TIMESTAMP` as `20261204100001.123`, GMT) and an ApexCalloutEventLog
 * record as `sf data query` gives it (`attributes.type`, or in its CSV the field names alone: `Url`, `StatusCode`,
 * `Time`, `RequestSize`, `IsSuccess`, `Timestamp`). Neither holds a body: what Marketo said inside a 200 cannot be
 * known from them. `TIME` must not be read as the call's time, so this reader goes before the generic ones.
 */
import type { Json } from '../marketo-body.js';
import { durationMs, httpStatus, obj, str, timeOf } from '../ndjson/values.js';
import { fill, type LineFields, type ShapeReader } from './shape.js';

// The event log file's compact GMT time: yyyyMMddHHmmss.SSS.
const COMPACT_TIME = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\.\d{1,3})?$/;

function compactTime(value: unknown): string | undefined {
  const m = typeof value === 'string' ? COMPACT_TIME.exec(value) : null;
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, fraction] = m;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction ?? ''}Z`;
}

function bytes(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** 1/0 in the event log file, true/false in the object (as text in sf's CSV). */
const failed = (value: unknown): boolean => value === '0' || value === 0 || value === false || value === 'false';

function fillCall(f: LineFields, c: { method: unknown; url: unknown; status: unknown; ms: unknown; size: unknown }) {
  fill(f, 'method', str(c.method));
  fill(f, 'url', str(c.url));
  fill(f, 'status', httpStatus(c.status));
  fill(f, 'durationMs', durationMs(c.ms));
  fill(f, 'requestBytes', bytes(c.size));
}

function readEventLogFile(o: Json, f: LineFields): void {
  fillCall(f, { method: o.METHOD, url: o.URL, status: o.STATUS_CODE, ms: o.TIME, size: o.REQUEST_SIZE });
  fill(f, 'time', timeOf(o.TIMESTAMP_DERIVED) ?? compactTime(o.TIMESTAMP));
  if (f.status === undefined && failed(o.SUCCESS)) f.noResponse = true;
}

function readEventLogObject(o: Json, f: LineFields): void {
  fillCall(f, { method: o.Method, url: o.Url, status: o.StatusCode, ms: o.Time, size: o.RequestSize });
  fill(f, 'time', timeOf(o.Timestamp) ?? timeOf(o.EventDate));
  if (f.status === undefined && failed(o.IsSuccess)) f.noResponse = true;
}

/** An ApexCalloutEventLog record: its type in `attributes`, or (sf's CSV has none) its own field names. */
function isEventLogObject(o: Json): boolean {
  const type = obj(o.attributes)?.type;
  if (type !== undefined) return type === 'ApexCalloutEventLog';
  return o.Url !== undefined && (o.IsSuccess !== undefined || o.RequestSize !== undefined);
}

export const salesforceCalloutShape: ShapeReader = {
  name: 'salesforce-apex-callout',
  read(_k, o, f) {
    if (o.EVENT_TYPE === 'ApexCallout') readEventLogFile(o, f);
    else if (o.Url !== undefined && isEventLogObject(o)) readEventLogObject(o, f);
  },
};
