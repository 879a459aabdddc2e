// HAR 1.2 entries as Chrome DevTools exports them ("Save all as HAR with content").

import { callUrl, encodeParam } from './marketo-calls.mjs';

const iso = (ms) => new Date(ms).toISOString();
const header = (name, value) => ({ name, value });
const APP = 'https://sync-console.example.com';

export function harHead(startMs) {
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [
        {
          startedDateTime: iso(startMs - 1500),
          id: 'page_1',
          title: `${APP}/jobs/marketo`,
          pageTimings: { onContentLoad: 812.4, onLoad: 1190.7 },
        },
      ],
    },
  };
}

function timings(_r, total) {
  const wait = Math.max(1, total * 0.85);
  const ms3 = (x) => Math.round(x * 1000) / 1000;
  return {
    blocked: 1.2,
    dns: -1,
    ssl: -1,
    connect: -1,
    send: 0.21,
    wait: ms3(wait),
    receive: ms3(Math.max(0.1, total - wait - 1.41)),
    _blocked_queueing: 0.8,
    _workerStart: -1,
    _workerReady: -1,
    _workerFetchStart: -1,
    _workerRespondWithSettled: -1,
  };
}

function requestHeaders(c) {
  const h = [
    header(':authority', c.host),
    header(':method', c.method),
    header(':path', callUrl(c).slice(`https://${c.host}`.length)),
    header(':scheme', 'https'),
    header('accept', 'application/json, text/plain, */*'),
  ];
  if (c.auth === 'header') h.push(header('authorization', `Bearer ${c.token}`));
  if (c.requestBody) h.push(header('content-type', 'application/json'));
  h.push(
    header('origin', APP),
    header('referer', `${APP}/`),
    header(
      'user-agent',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
    ),
  );
  return h;
}

function content(r, body, mimeType, dropText) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const size = Buffer.byteLength(text);
  if (dropText) return { size, mimeType };
  if (r.chance(0.1)) return { size, mimeType, text: Buffer.from(text).toString('base64'), encoding: 'base64' };
  return { size, mimeType, text };
}

/** A Marketo call as a HAR entry. dropText: Chrome kept no body (it does this for some responses). */
export function marketoEntry(c, r, dropText) {
  const html = typeof c.responseBody === 'string';
  const request = {
    method: c.method,
    url: callUrl(c),
    httpVersion: 'http/2.0',
    headers: requestHeaders(c),
    queryString: c.query.map(([name, value]) => ({ name, value: encodeParam(value) })),
    cookies: [],
    headersSize: -1,
    bodySize: c.requestBody ? Buffer.byteLength(JSON.stringify(c.requestBody)) : (c.requestBytes ?? 0),
  };
  if (c.requestBody) request.postData = { mimeType: 'application/json', text: JSON.stringify(c.requestBody) };
  const mime = html ? 'text/html' : 'application/json';
  const response = c.noResponse
    ? {
        status: 0,
        statusText: '',
        httpVersion: '',
        headers: [],
        cookies: [],
        content: { size: 0, mimeType: 'x-unknown' },
        redirectURL: '',
        headersSize: -1,
        bodySize: -1,
        _transferSize: 0,
        _error: 'net::ERR_CONNECTION_RESET',
      }
    : {
        status: c.status,
        statusText: c.status === 200 ? '' : c.statusText,
        httpVersion: 'http/2.0',
        headers: [
          header('content-type', html ? 'text/html' : 'application/json;charset=UTF-8'),
          header('date', new Date(c.t).toUTCString()),
          header('server', html ? 'nginx' : 'cloudflare'),
          header('access-control-allow-origin', '*'),
        ],
        cookies: [],
        content: content(r, c.responseBody, mime, dropText),
        redirectURL: '',
        headersSize: -1,
        bodySize: -1,
        _transferSize: 400 + r.int(0, 4000),
        _error: null,
      };
  return entry(r, c.t, c.durationMs, request, response, 'fetch', '104.17.74.206');
}

const STATIC = [
  {
    url: `${APP}/assets/app-3f9c1b.js`,
    mime: 'application/javascript',
    type: 'script',
    text: 'import{r as e}from"./vendor-8a1f.js";e(document.getElementById("root"));',
  },
  {
    url: `${APP}/favicon.ico`,
    mime: 'image/x-icon',
    type: 'other',
    base64: 'AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQAAAAIAAAAAEAIAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAD///8A',
  },
  {
    url: 'https://munchkin.marketo.net/munchkin.js',
    mime: 'application/javascript',
    type: 'script',
    text: '(function(){var s=document.createElement("script");s.src="//munchkin.marketo.net/164/munchkin.js";})();',
  },
  {
    url: `${APP}/api/jobs/marketo/status`,
    mime: 'application/json',
    type: 'fetch',
    text: '{"state":"running","processed":18200,"success":false,"errors":[]}',
  },
  {
    url: 'https://fonts.gstatic.com/s/inter/v13/UcCO3FwrK3iLTeHuS_fvQtMwCp50KnMw2boKoduKmMEVuLyfAZ9hiA.woff2',
    mime: 'font/woff2',
    type: 'font',
    base64: 'd09GMgABAAAAAHcMABIAAAABcjAAAHamAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP0ZGVE0cGoF0',
  },
];

/** A request the page made that has nothing to do with Marketo's REST API. */
export function otherEntry(r, t) {
  const s = r.pick(STATIC);
  const request = {
    method: 'GET',
    url: s.url,
    httpVersion: 'http/2.0',
    headers: [header('accept', '*/*'), header('referer', `${APP}/`)],
    queryString: [],
    cookies: [],
    headersSize: -1,
    bodySize: 0,
  };
  const c = s.base64
    ? { size: Math.round(s.base64.length * 0.75), mimeType: s.mime, text: s.base64, encoding: 'base64' }
    : { size: s.text.length, mimeType: s.mime, text: s.text };
  const response = {
    status: 200,
    statusText: '',
    httpVersion: 'http/2.0',
    headers: [header('content-type', s.mime), header('cache-control', 'max-age=31536000')],
    cookies: [],
    content: c,
    redirectURL: '',
    headersSize: -1,
    bodySize: -1,
    _transferSize: c.size + 200,
    _error: null,
  };
  return entry(r, t, r.int(5, 200), request, response, s.type, '151.101.1.195');
}

function entry(r, t, ms, request, response, type, ip) {
  return {
    _initiator: {
      type: 'script',
      stack: {
        callFrames: [
          {
            functionName: 'dispatchXhrRequest',
            scriptId: '41',
            url: `${APP}/assets/vendor-8a1f.js`,
            lineNumber: 2,
            columnNumber: r.int(1000, 90000),
          },
        ],
      },
    },
    _priority: 'High',
    _resourceType: type,
    cache: {},
    connection: String(r.int(100000, 999999)),
    pageref: 'page_1',
    request,
    response,
    serverIPAddress: ip,
    startedDateTime: iso(t),
    time: ms,
    timings: timings(r, ms),
  };
}
