/**
 * Jaeger's trace JSON, as its UI's "Download JSON" and its query API (`/api/traces`) write it:
 * {"data": [{"traceID", "spans": [{"operationName", "startTime" (µs), "duration" (µs), "tags": [{key, type,
 * value}], "processID"}], "processes": {id: {serviceName, tags}}}]}. Each span becomes a record with its tags
 * as attributes and its times in ns, which otel.ts reads like an OpenTelemetry span (http.url,
 * http.status_code, http.method).
 */
import { isObject, type Json } from '../marketo-body.js';
import type { RecordSplitter } from './shape.js';

/** Jaeger's tags, [{key, value}] with plain values, as {key: value}. */
function tagsOf(list: unknown): Json {
  const out: Json = {};
  if (!Array.isArray(list)) return out;
  for (const tag of list) if (isObject(tag) && typeof tag.key === 'string') out[tag.key] = tag.value;
  return out;
}

/** Microseconds as the decimal nanoseconds OTLP writes; undefined for anything that is no time. */
function nanosOf(us: unknown): string | undefined {
  return typeof us === 'number' && Number.isSafeInteger(us) && us >= 0 ? `${us}000` : undefined;
}

function spanRecord(span: Json, processes: Json): Json {
  const process = isObject(processes[String(span.processID)]) ? (processes[String(span.processID)] as Json) : {};
  const start = typeof span.startTime === 'number' ? span.startTime : undefined;
  const end = start !== undefined && typeof span.duration === 'number' ? start + span.duration : undefined;
  return {
    traceID: span.traceID,
    spanID: span.spanID,
    operationName: span.operationName,
    serviceName: process.serviceName,
    startTimeUnixNano: nanosOf(start),
    endTimeUnixNano: nanosOf(end),
    attributes: { ...tagsOf(process.tags), ...tagsOf(span.tags) },
  };
}

export const jaegerExport: RecordSplitter = {
  name: 'jaeger-json',
  split(value) {
    const traces = value.data;
    if (!Array.isArray(traces) || !traces.some((t) => isObject(t) && Array.isArray(t.spans))) return undefined;
    const out: Json[] = [];
    for (const trace of traces) {
      if (!isObject(trace) || !Array.isArray(trace.spans)) continue;
      const processes = isObject(trace.processes) ? trace.processes : {};
      for (const span of trace.spans) if (isObject(span)) out.push(spanRecord(span, processes));
    }
    return out;
  },
};
