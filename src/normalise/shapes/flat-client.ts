/** Flat client logs: method, url, status, duration and bodies at the top of the line. */
import { isMarketoShaped } from '../marketo-body.js';
import { isMarketoText } from './marketo-text.js';
import { fill, type ShapeReader } from './shape.js';
import { durationMs, httpStatus, isNetworkErrorCode, str, strictStatus, timeOf } from '../ndjson/values.js';

export const flatClientShape: ShapeReader = {
  name: 'flat-client',
  read(k, _o, f, ctx) {
    fill(f, 'method', str(k.method));
    fill(f, 'url', str(k.url) ?? str(k.uri));
    fill(
      f,
      'status',
      strictStatus(k.status) ?? httpStatus(k.statusCode) ?? httpStatus(k.status_code) ?? httpStatus(k.httpStatus),
    );
    if (!ctx.nanos) {
      fill(
        f,
        'durationMs',
        durationMs(
          k.durationMs ??
            k.duration ??
            k.elapsed ??
            k.elapsedMs ??
            k.responseTime ??
            k.response_time ??
            k.latency ??
            k.took,
        ),
      );
    }
    fill(f, 'startedAt', timeOf(k.startedAt) ?? timeOf(k.startTime));
    fill(f, 'requestBody', k.requestBody ?? k.request_body ?? k.reqBody);
    fill(f, 'responseBody', k.responseBody ?? k.response_body ?? k.resBody);
    if (typeof k.response === 'string') fill(f, 'responseBody', k.response);
    if (isMarketoShaped(k.data)) fill(f, 'responseBody', k.data);
    // `body` is the response's in client logs; a request line's body stays out.
    if (k.body !== undefined && (f.status !== undefined || isMarketoText(k.body))) fill(f, 'responseBody', k.body);
    if (k.aborted === true || k.canceled === true || k.cancelled === true) fill(f, 'noResponse', true);
    if (isNetworkErrorCode(k.code) || isNetworkErrorCode(k.error) || isNetworkErrorCode(k.errorCode))
      fill(f, 'noResponse', true);
  },
};
