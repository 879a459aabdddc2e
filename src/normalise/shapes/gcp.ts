/**
 * Google Cloud Logging's LogEntry: httpRequest.{requestMethod, requestUrl,
 * status, latency}. Its jsonPayload and textPayload are read by the walker
 * (line-fields.ts) like any container and message.
 */
import { isMarketoShaped } from '../marketo-body.js';
import { durationMs, httpStatus, obj, str } from '../ndjson/values.js';
import { fill, type ShapeReader } from './shape.js';

export const gcpShape: ShapeReader = {
  name: 'gcp-logentry',
  read(k, _o, f) {
    const r = obj(k.httpRequest);
    if (!r) return;
    // The app's jsonPayload holds the body under a key of its own choosing.
    const payload = obj(k.jsonPayload);
    if (payload && f.responseBody === undefined) {
      for (const key in payload) if (isMarketoShaped(payload[key])) fill(f, 'responseBody', payload[key]);
    }
    fill(f, 'method', str(r.requestMethod));
    fill(f, 'url', str(r.requestUrl));
    fill(f, 'status', httpStatus(r.status));
    fill(f, 'durationMs', durationMs(r.latency));
  },
};
