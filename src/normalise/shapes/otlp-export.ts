/**
 * OTLP/JSON, as the OpenTelemetry Collector's file exporter writes it: one
 * line holds many records (resourceLogs[].scopeLogs[].logRecords[],
 * resourceSpans[].scopeSpans[].spans[]), and attribute values are wrapped
 * ({"stringValue": ".."}, {"intValue": "200"}). Each record is unwrapped into
 * a plain object that otel.ts reads like any log record.
 */
import { isObject, type Json } from '../marketo-body.js';
import type { RecordSplitter } from './shape.js';

const MAX_DEPTH = 8;

/** An OTLP AnyValue as a plain value. */
export function anyValue(v: unknown, depth = 0): unknown {
  if (!isObject(v) || depth > MAX_DEPTH) return undefined;
  if ('stringValue' in v) return v.stringValue;
  if ('intValue' in v) {
    const n = Number(v.intValue);
    return Number.isFinite(n) ? n : undefined;
  }
  if ('doubleValue' in v) return v.doubleValue;
  if ('boolValue' in v) return v.boolValue;
  if (isObject(v.arrayValue)) {
    const values = v.arrayValue.values;
    return Array.isArray(values) ? values.map((x) => anyValue(x, depth + 1)) : [];
  }
  if (isObject(v.kvlistValue)) return keyValues(v.kvlistValue.values, depth + 1);
  return undefined;
}

/** [{key, value}] -> {key: value}; dotted keys stay as they are (http.response.status_code). */
export function keyValues(list: unknown, depth = 0): Json {
  const out: Json = {};
  if (!Array.isArray(list)) return out;
  for (const kv of list) if (isObject(kv) && typeof kv.key === 'string') out[kv.key] = anyValue(kv.value, depth);
  return out;
}

function each(list: unknown, visit: (item: Json) => void): void {
  if (Array.isArray(list)) for (const item of list) if (isObject(item)) visit(item);
}

function logRecord(r: Json, resource: Json): Json {
  const out: Json = { ...r, attributes: { ...resource, ...keyValues(r.attributes) } };
  if (r.body !== undefined) out.body = anyValue(r.body);
  return out;
}

function span(s: Json, resource: Json): Json {
  return { ...s, attributes: { ...resource, ...keyValues(s.attributes) } };
}

export const otlpExport: RecordSplitter = {
  name: 'otlp-json',
  split(value) {
    const logs = value.resourceLogs;
    const spans = value.resourceSpans;
    if (!Array.isArray(logs) && !Array.isArray(spans)) return undefined;
    const out: Json[] = [];
    each(logs, (rl) => {
      const resource = keyValues(isObject(rl.resource) ? rl.resource.attributes : undefined);
      each(rl.scopeLogs, (sl) => each(sl.logRecords, (r) => out.push(logRecord(r, resource))));
    });
    each(spans, (rs) => {
      const resource = keyValues(isObject(rs.resource) ? rs.resource.attributes : undefined);
      each(rs.scopeSpans, (ss) => each(ss.spans, (s) => out.push(span(s, resource))));
    });
    return out;
  },
};
