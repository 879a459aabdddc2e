/** What every logger adds around a call: when the line was written, and ids that pair lines. */
import { fill, type ShapeReader } from './shape.js';
import { idOf, obj, timeOf } from '../ndjson/values.js';

export const contextShape: ShapeReader = {
  name: 'context',
  read(k, _o, f) {
    fill(f, 'time', timeOf(k.time) ?? timeOf(k.timestamp) ?? timeOf(k.atTimestamp) ?? timeOf(k.date) ?? timeOf(k.ts));
    const rid = idOf(k.requestId) ?? idOf(k.request_id);
    fill(
      f,
      'correlationId',
      idOf(k.reqId) ??
        idOf(k.req_id) ??
        // Marketo's requestId has a '#'; the logger's does not.
        (rid !== undefined && !rid.includes('#') ? rid : undefined) ??
        idOf(k.correlationId) ??
        idOf(k.correlation_id) ??
        idOf(k.xRequestId),
    );
    const dd = obj(k.dd);
    fill(
      f,
      'traceId',
      idOf(k.traceId) ?? idOf(k.trace_id) ?? idOf(dd?.trace_id) ?? idOf(k.ddTraceId) ?? idOf(obj(k.trace)?.id),
    );
  },
};
