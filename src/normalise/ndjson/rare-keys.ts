/**
 * Keys of OpenTelemetry and Python's loggers: rare in most logs, so a line's
 * record of them is made on first sight and read only when no common key matched.
 */

export class OtelKeys {
  otelHttpMethod: unknown = undefined;
  otelRequestMethod: unknown = undefined;
  otelHttpUrl: unknown = undefined;
  otelUrlFull: unknown = undefined;
  otelHttpStatus: unknown = undefined;
  otelResponseStatus: unknown = undefined;
  otelTarget: unknown = undefined;
  otelUrlPath: unknown = undefined;
  otelServerAddress: unknown = undefined;
  otelPeerName: unknown = undefined;
  otelHttpHost: unknown = undefined;
  timeUnixNano: unknown = undefined;
  observedTimeUnixNano: unknown = undefined;
  startTimeUnixNano: unknown = undefined;
  endTimeUnixNano: unknown = undefined;
}

/** Python's loggers' keys; `exception` is Monolog's too (an object there, in the record's `context`). */
export class PythonKeys {
  asctime: unknown = undefined;
  created: unknown = undefined;
  exc_info: unknown = undefined;
  exception: unknown = undefined;
}

/** Where a line's rare keys go: LineKeys' two optional records. */
interface RareKeyHolder {
  otel: OtelKeys | undefined;
  python: PythonKeys | undefined;
}

/** Notes `value` under `key` when it is one of the rare keys; any other key is left alone. */
export function readRareKey(k: RareKeyHolder, key: string, value: unknown): void {
  // biome-ignore format: a case per line reads as the table it is
  switch (key) {
    case 'http.method': (k.otel ??= new OtelKeys()).otelHttpMethod = value; return;
    case 'http.request.method': (k.otel ??= new OtelKeys()).otelRequestMethod = value; return;
    case 'http.url': (k.otel ??= new OtelKeys()).otelHttpUrl = value; return;
    case 'url.full': (k.otel ??= new OtelKeys()).otelUrlFull = value; return;
    case 'http.status_code': (k.otel ??= new OtelKeys()).otelHttpStatus = value; return;
    case 'http.response.status_code': (k.otel ??= new OtelKeys()).otelResponseStatus = value; return;
    case 'http.target': (k.otel ??= new OtelKeys()).otelTarget = value; return;
    case 'url.path': (k.otel ??= new OtelKeys()).otelUrlPath = value; return;
    case 'server.address': (k.otel ??= new OtelKeys()).otelServerAddress = value; return;
    case 'net.peer.name': (k.otel ??= new OtelKeys()).otelPeerName = value; return;
    case 'http.host': (k.otel ??= new OtelKeys()).otelHttpHost = value; return;
    case 'timeUnixNano': (k.otel ??= new OtelKeys()).timeUnixNano = value; return;
    case 'observedTimeUnixNano': (k.otel ??= new OtelKeys()).observedTimeUnixNano = value; return;
    case 'startTimeUnixNano': (k.otel ??= new OtelKeys()).startTimeUnixNano = value; return;
    case 'endTimeUnixNano': (k.otel ??= new OtelKeys()).endTimeUnixNano = value; return;
    case 'asctime': (k.python ??= new PythonKeys()).asctime = value; return;
    case 'created': (k.python ??= new PythonKeys()).created = value; return;
    case 'exc_info': (k.python ??= new PythonKeys()).exc_info = value; return;
    case 'exception': (k.python ??= new PythonKeys()).exception = value; return;
  }
}
