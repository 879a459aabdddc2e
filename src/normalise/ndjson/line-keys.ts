/**
 * The keys of one log object that the readers look at, read in one pass over
 * the object's own keys. Logs mix many line shapes; probing ~60 absent keys on
 * each shape is what made recognition slow, a single for-in with a switch is not.
 */
import type { Json } from '../marketo-body.js';
import { type OtelKeys, type PythonKeys, readRareKey } from './rare-keys.js';

export { OtelKeys, PythonKeys } from './rare-keys.js';

export class LineKeys {
  method: unknown = undefined;
  url: unknown = undefined;
  uri: unknown = undefined;
  status: unknown = undefined;
  statusCode: unknown = undefined;
  status_code: unknown = undefined;
  httpStatus: unknown = undefined;
  durationMs: unknown = undefined;
  duration: unknown = undefined;
  elapsed: unknown = undefined;
  elapsedMs: unknown = undefined;
  responseTime: unknown = undefined;
  response_time: unknown = undefined;
  latency: unknown = undefined;
  took: unknown = undefined;
  startedAt: unknown = undefined;
  startTime: unknown = undefined;
  requestBody: unknown = undefined;
  request_body: unknown = undefined;
  reqBody: unknown = undefined;
  responseBody: unknown = undefined;
  response_body: unknown = undefined;
  resBody: unknown = undefined;
  response: unknown = undefined;
  data: unknown = undefined;
  body: unknown = undefined;
  aborted: unknown = undefined;
  canceled: unknown = undefined;
  cancelled: unknown = undefined;
  code: unknown = undefined;
  error: unknown = undefined;
  errorCode: unknown = undefined;
  req: unknown = undefined;
  request: unknown = undefined;
  client_req: unknown = undefined;
  config: unknown = undefined;
  res: unknown = undefined;
  client_res: unknown = undefined;
  err: unknown = undefined;
  type: unknown = undefined;
  ddsource: unknown = undefined;
  dd: unknown = undefined;
  ddtags: unknown = undefined;
  meta: unknown = undefined;
  attributes: unknown = undefined;
  context: unknown = undefined;
  message: unknown = undefined;
  msg: unknown = undefined;
  log: unknown = undefined;
  http: unknown = undefined;
  event: unknown = undefined;
  time: unknown = undefined;
  timestamp: unknown = undefined;
  date: unknown = undefined;
  ts: unknown = undefined;
  requestId: unknown = undefined;
  request_id: unknown = undefined;
  reqId: unknown = undefined;
  req_id: unknown = undefined;
  correlationId: unknown = undefined;
  correlation_id: unknown = undefined;
  traceId: unknown = undefined;
  trace_id: unknown = undefined;
  trace: unknown = undefined;
  success: unknown = undefined;
  access_token: unknown = undefined;
  error_description: unknown = undefined;
  atTimestamp: unknown = undefined;
  atMessage: unknown = undefined;
  xRequestId: unknown = undefined;
  ddTraceId: unknown = undefined;
  httpRequest: unknown = undefined;
  jsonPayload: unknown = undefined;
  properties: unknown = undefined;
  textPayload: unknown = undefined;
  result: unknown = undefined;
  /** Keys of OpenTelemetry and Python's loggers: rare in most logs, so kept apart and made on first sight. */
  otel: OtelKeys | undefined = undefined;
  python: PythonKeys | undefined = undefined;
  /** Any key at all was read (an empty object reads nothing). */
  any = false;
}

export function readKeys(o: Json): LineKeys {
  const k = new LineKeys();
  for (const key in o) {
    k.any = true;
    // biome-ignore format: a case per line reads as the table it is
    switch (key) {
      case 'method': k.method = o[key]; break;
      case 'url': k.url = o[key]; break;
      case 'uri': k.uri = o[key]; break;
      case 'status': k.status = o[key]; break;
      case 'statusCode': k.statusCode = o[key]; break;
      case 'status_code': k.status_code = o[key]; break;
      case 'httpStatus': k.httpStatus = o[key]; break;
      case 'durationMs': k.durationMs = o[key]; break;
      case 'duration': k.duration = o[key]; break;
      case 'elapsed': k.elapsed = o[key]; break;
      case 'elapsedMs': k.elapsedMs = o[key]; break;
      case 'responseTime': k.responseTime = o[key]; break;
      case 'response_time': k.response_time = o[key]; break;
      case 'latency': k.latency = o[key]; break;
      case 'took': k.took = o[key]; break;
      case 'startedAt': k.startedAt = o[key]; break;
      case 'startTime': k.startTime = o[key]; break;
      case 'requestBody': k.requestBody = o[key]; break;
      case 'request_body': k.request_body = o[key]; break;
      case 'reqBody': k.reqBody = o[key]; break;
      case 'responseBody': k.responseBody = o[key]; break;
      case 'response_body': k.response_body = o[key]; break;
      case 'resBody': k.resBody = o[key]; break;
      case 'response': k.response = o[key]; break;
      case 'data': k.data = o[key]; break;
      case 'body': k.body = o[key]; break;
      case 'aborted': k.aborted = o[key]; break;
      case 'canceled': k.canceled = o[key]; break;
      case 'cancelled': k.cancelled = o[key]; break;
      case 'code': k.code = o[key]; break;
      case 'error': k.error = o[key]; break;
      case 'errorCode': k.errorCode = o[key]; break;
      case 'req': k.req = o[key]; break;
      case 'request': k.request = o[key]; break;
      case 'client_req': k.client_req = o[key]; break;
      case 'config': k.config = o[key]; break;
      case 'res': k.res = o[key]; break;
      case 'client_res': k.client_res = o[key]; break;
      case 'err': k.err = o[key]; break;
      case 'type': k.type = o[key]; break;
      case 'ddsource': k.ddsource = o[key]; break;
      case 'dd': k.dd = o[key]; break;
      case 'ddtags': k.ddtags = o[key]; break;
      case 'meta': k.meta = o[key]; break;
      case 'attributes': k.attributes = o[key]; break;
      case 'context': k.context = o[key]; break;
      case 'message': k.message = o[key]; break;
      case 'msg': k.msg = o[key]; break;
      case 'log': k.log = o[key]; break;
      case 'http': k.http = o[key]; break;
      case 'event': k.event = o[key]; break;
      case 'time': k.time = o[key]; break;
      case 'timestamp': k.timestamp = o[key]; break;
      case 'date': k.date = o[key]; break;
      case 'ts': k.ts = o[key]; break;
      case 'requestId': k.requestId = o[key]; break;
      case 'request_id': k.request_id = o[key]; break;
      case 'reqId': k.reqId = o[key]; break;
      case 'req_id': k.req_id = o[key]; break;
      case 'correlationId': k.correlationId = o[key]; break;
      case 'correlation_id': k.correlation_id = o[key]; break;
      case 'traceId': k.traceId = o[key]; break;
      case 'trace_id': k.trace_id = o[key]; break;
      case 'trace': k.trace = o[key]; break;
      case 'success': k.success = o[key]; break;
      case 'access_token': k.access_token = o[key]; break;
      case 'error_description': k.error_description = o[key]; break;
      case '@timestamp': k.atTimestamp = o[key]; break;
      case '@message': k.atMessage = o[key]; break;
      case 'x-request-id': k.xRequestId = o[key]; break;
      case 'dd.trace_id': k.ddTraceId = o[key]; break;
      case 'httpRequest': k.httpRequest = o[key]; break;
      case 'jsonPayload': k.jsonPayload = o[key]; break;
      case 'properties': k.properties = o[key]; break;
      case 'textPayload': k.textPayload = o[key]; break;
      case 'result': k.result = o[key]; break;
      default:
        readRareKey(k, key, o[key]);
    }
  }
  return k;
}
