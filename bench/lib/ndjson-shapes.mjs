// How different loggers write one Marketo call as a JSON line. Each renderer
// takes a shape-neutral call (see marketo-calls.mjs) and returns a plain object.

import { callUrl, encodeParam } from './marketo-calls.mjs';

const iso = (ms) => new Date(ms).toISOString();
const urlNoQuery = (c) => `https://${c.host}${c.path}`;
const pathWithQuery = (c) => callUrl(c).slice(`https://${c.host}`.length);
const failed = (c) => c.findings.length > 0 || c.noResponse;
const levelName = (c) => (c.status >= 400 || c.noResponse ? 'error' : failed(c) ? 'warn' : 'info');

function authHeaders(c, lower) {
  const h = lower ? { host: c.host } : {};
  if (c.auth === 'header') h[lower ? 'authorization' : 'Authorization'] = `Bearer ${c.token}`;
  if (c.requestBody) h[lower ? 'content-type' : 'Content-Type'] = 'application/json';
  return h;
}

export function flat(c) {
  const o = {
    time: iso(c.t),
    level: levelName(c),
    method: c.method,
    url: callUrl(c),
    status: c.status,
    durationMs: c.durationMs,
  };
  if (c.auth === 'header') o.requestHeaders = authHeaders(c, false);
  if (c.requestBody) o.requestBody = c.requestBody;
  if (c.requestBytes) o.requestBytes = c.requestBytes;
  o.responseBody = c.responseBody;
  return o;
}

export function pino(c, r) {
  return {
    level: c.status >= 400 ? 50 : failed(c) ? 40 : 30,
    time: c.t + c.durationMs,
    pid: 1,
    hostname: 'sync-7f9',
    req: { id: r.int(1, 99999), method: c.method, url: pathWithQuery(c), headers: authHeaders(c, true) },
    res: { statusCode: c.status, body: c.responseBody },
    responseTime: c.durationMs,
    msg: 'request completed',
  };
}

export function winston(c) {
  const request = { method: c.method, url: callUrl(c), headers: authHeaders(c, false) };
  if (c.requestBody) request.body = c.requestBody;
  return {
    level: levelName(c),
    message: `Marketo ${c.method} ${c.path}`,
    timestamp: iso(c.t + c.durationMs),
    meta: { request, response: { statusCode: c.status, body: c.responseBody }, durationMs: c.durationMs },
  };
}

const AXIOS_NETWORK = {
  ECONNRESET: 'socket hang up',
  ECONNABORTED: 'timeout of 30000ms exceeded',
  ETIMEDOUT: 'connect ETIMEDOUT 104.17.74.206:443',
};

export function axiosError(c) {
  const message = c.noResponse ? AXIOS_NETWORK[c.axiosCode] : `Request failed with status code ${c.status}`;
  const headers = {
    Accept: 'application/json, text/plain, */*',
    ...authHeaders(c, false),
    'User-Agent': 'axios/1.7.9',
  };
  const config = {
    url: urlNoQuery(c),
    method: c.method.toLowerCase(),
    headers,
    params: Object.fromEntries(c.query),
    timeout: 30000,
  };
  if (c.requestBody) config.data = JSON.stringify(c.requestBody);
  const err = {
    name: 'AxiosError',
    message,
    code: c.noResponse ? c.axiosCode : c.status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST',
    config,
  };
  if (!c.noResponse) {
    const html = typeof c.responseBody === 'string';
    err.response = {
      status: c.status,
      statusText: c.statusText,
      headers: { 'content-type': html ? 'text/html' : 'application/json;charset=UTF-8' },
      data: c.responseBody,
    };
  }
  err.stack = `AxiosError: ${message}\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3135:11)`;
  return { level: 'error', time: iso(c.t + c.durationMs), message, err };
}

/** Datadog export: the app logged only JSON.stringify(response.data). */
export function datadog(c, r) {
  return {
    date: iso(c.t + c.durationMs),
    host: 'i-0a1b2c3d4e5f',
    service: 'marketo-sync',
    status: levelName(c),
    message: JSON.stringify(c.responseBody),
    attributes: { env: 'prod', version: '2.4.1', dd: { trace_id: String(r.int(1e9, 9e9)) } },
  };
}

export function cloudwatch(c, r) {
  return {
    timestamp: c.t + c.durationMs,
    message: JSON.stringify(flat(c)) + (r.chance(0.5) ? '\n' : ''),
    logStream: `2026/11/02/[$LATEST]${r.hex(32)}`,
    logGroup: '/aws/lambda/marketo-sync',
    ingestionTime: c.t + c.durationMs + r.int(100, 900),
  };
}

export function elastic(c) {
  const request = { method: c.method };
  if (c.requestBody) request.body = { content: JSON.stringify(c.requestBody) };
  const body = typeof c.responseBody === 'string' ? c.responseBody : JSON.stringify(c.responseBody);
  return {
    '@timestamp': iso(c.t),
    log: { level: levelName(c), logger: 'marketo-client' },
    message: `${c.method} ${c.path} ${c.status}`,
    ecs: { version: '8.11.0' },
    service: { name: 'marketo-sync' },
    url: { full: callUrl(c) },
    http: { request, response: { status_code: c.status, body: { content: body } } },
    event: { duration: c.durationMs * 1e6 },
  };
}

export const SHAPES = { flat, pino, winston, axiosError, datadog, cloudwatch, elastic };
const SHAPE_WEIGHTS = [
  ['flat', 30],
  ['pino', 20],
  ['winston', 15],
  ['datadog', 10],
  ['cloudwatch', 12],
  ['elastic', 13],
];
const HTTP_SHAPE_WEIGHTS = [
  ['axiosError', 70],
  ['flat', 10],
  ['pino', 5],
  ['winston', 5],
  ['cloudwatch', 5],
  ['elastic', 5],
];

/** Picks a shape a real integration could have used for this call. */
export function shapeFor(c, r) {
  if (c.noResponse) return 'axiosError';
  if (c.status >= 400) return r.weighted(HTTP_SHAPE_WEIGHTS);
  const shape = r.weighted(SHAPE_WEIGHTS);
  // A body-only log is only recognisable when the body is Marketo's envelope.
  if (shape === 'datadog' && c.api === 'identity') return 'flat';
  return shape;
}

export { encodeParam };
