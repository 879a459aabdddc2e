/**
 * OpenTelemetry's HTTP semantic conventions, old (http.method, http.url,
 * http.status_code) and current (http.request.method, url.full,
 * http.response.status_code), as flat dotted keys of a log record's or a
 * span's attributes; spans give their duration by start and end in ns.
 * OTLP/JSON export lines are unpacked record by record in otlp-export.ts.
 */
import { durationMs, httpStatus, str } from '../ndjson/values.js';
import { fill, type ShapeReader } from './shape.js';

function hostAndPath(host: unknown, path: unknown): string | undefined {
  const h = str(host);
  const p = str(path);
  if (p === undefined) return undefined;
  return h === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(p) ? p : `https://${h}${p.startsWith('/') ? '' : '/'}${p}`;
}

/** Nanosecond times as OTLP writes them: decimal strings (beyond 2^53) or numbers. */
function nanos(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' && /^\d{1,25}$/.test(value) ? Number(value) : undefined;
}

export const otelShape: ShapeReader = {
  name: 'opentelemetry',
  read(lineKeys, _o, f) {
    const k = lineKeys.otel;
    if (!k) return;
    fill(f, 'method', str(k.otelRequestMethod) ?? str(k.otelHttpMethod));
    fill(f, 'url', str(k.otelUrlFull) ?? str(k.otelHttpUrl));
    fill(f, 'url', hostAndPath(k.otelServerAddress ?? k.otelPeerName ?? k.otelHttpHost, k.otelUrlPath ?? k.otelTarget));
    fill(f, 'status', httpStatus(k.otelResponseStatus) ?? httpStatus(k.otelHttpStatus));
    const start = nanos(k.startTimeUnixNano);
    const end = nanos(k.endTimeUnixNano);
    if (start !== undefined) fill(f, 'startedAt', k.startTimeUnixNano as string | number);
    if (start !== undefined && end !== undefined && end >= start) fill(f, 'durationMs', durationMs(end - start, 'ns'));
    const time = k.timeUnixNano ?? k.observedTimeUnixNano;
    if (nanos(time) !== undefined && nanos(time)! > 0) fill(f, 'time', time as string | number);
  },
};
