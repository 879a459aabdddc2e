/**
 * curl's `-w '%{json}'` (curl 7.70 on): every write-out variable as one JSON object, printed after the
 * body: `{"http_code":413,"method":"POST","time_total":0.08,"url_effective":"https://...","errormsg":null,
 * "curl_version":"libcurl/7.88.1 ...",...}`. `http_code` 0 is a transfer that got no response. Like the
 * text write-out (text/clients/curl-write-out.ts), the object is the status of the body just before it.
 */
import { isObject } from '../marketo-body.js';
import { fill, type ShapeReader } from './shape.js';

export const curlWriteOutShape: ShapeReader = {
  name: 'curl %{json}',
  read(_k, o, f) {
    if (!isObject(o) || typeof o.curl_version !== 'string' || typeof o.url_effective !== 'string') return;
    const { http_code: code, method, time_total: seconds } = o;
    if (typeof code !== 'number') return;
    fill(f, 'url', o.url_effective);
    if (typeof method === 'string') fill(f, 'method', method);
    if (code === 0) fill(f, 'noResponse', true);
    else fill(f, 'status', code);
    if (typeof seconds === 'number') fill(f, 'durationMs', seconds * 1000);
    fill(f, 'textPair', { client: 'curl -w', side: 'write-out' });
  },
};
