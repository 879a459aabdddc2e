/** Elastic Common Schema and Datadog's standard attributes: http.*, url.full, event.duration, duration in ns. */
import { fill, type ShapeReader } from './shape.js';
import { durationMs, httpStatus, idOf, obj, str } from '../ndjson/values.js';

export const ecsDatadogShape: ShapeReader = {
  name: 'ecs-datadog',
  read(k, _o, f, ctx) {
    const http = obj(k.http);
    if (http) {
      const req = obj(http.request);
      const res = obj(http.response);
      fill(f, 'method', str(http.method) ?? str(req?.method));
      fill(f, 'url', str(http.url));
      fill(f, 'status', httpStatus(http.status_code) ?? httpStatus(res?.status_code));
      fill(f, 'requestBody', obj(req?.body)?.content);
      fill(f, 'responseBody', obj(res?.body)?.content);
      fill(f, 'correlationId', idOf(req?.id));
    }
    const url = obj(k.url);
    if (url) fill(f, 'url', str(url.full) ?? str(url.original));
    const event = obj(k.event);
    if (event) fill(f, 'durationMs', durationMs(event.duration, 'ns'));
    if (ctx.nanos) fill(f, 'durationMs', durationMs(k.duration, 'ns'));
  },
};
