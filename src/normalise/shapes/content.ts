/**
 * The last reader: when the named shapes found no URL (or neither a status
 * nor a body), the line is searched by content, not by key spelling. A URL is
 * any string value that is a Marketo call's URL (*.mktorest.com, or a path
 * under /rest/, /bulk/, /identity/); a status is a status-like key holding
 * 100-599 (never a log level); method, duration and body are found alike.
 * The walk is bounded in depth and in values looked at, so it stays cheap.
 */
import { isMarketoShaped, type Json } from '../marketo-body.js';
import { apiKindOf, parseUrl } from '../marketo-url.js';
import { durationMs, httpStatus } from '../ndjson/values.js';
import { isMarketoText } from './marketo-text.js';
import { fill, type LineFields, type ShapeReader } from './shape.js';

const MAX_DEPTH = 5;
const MAX_VALUES = 400;
const MAX_URL_CHARS = 8192;

// `status`, `statusCode`, `http.response.status_code`, ...; and `response_code` or `httpCode` as proxies and
// some clients write it, `resultCode` as Application Insights does. Never `code` alone: that is Marketo's own code.
const STATUS_PREFIX = String.raw`(?:(?:http|res|resp|response|upstream|target|elb)[._]?)*`;
const STATUS_NAME = String.raw`(?:status[._]?code|status|httpstatus|statuscode)`;
const STATUS_KEY = new RegExp(
  String.raw`^(?:${STATUS_PREFIX}${STATUS_NAME}|(?:http|response|resp|result)[._]?code)$`,
  'i',
);
const METHOD_KEY = /(?:^|[._])(?:request[._]?)?method$/i;
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const DURATION_KEY =
  /(?:duration|latency|elapsed|took|response[._]?time)(?:[._]?(ms|millis|ns|nanos|s|sec|seconds))?$/i;
const BODY_KEY = /body|payload|response|content|data|result/i;

/** A string that is the URL (or path) of a Marketo call; a bare host is not a call. */
export function isMarketoCallUrl(text: string): boolean {
  if (text.length > MAX_URL_CHARS || text.length < 6) return false;
  const c = text.charCodeAt(0);
  if (c === 0x2f /* / */) return /^\/(?:rest|bulk|identity)\//.test(text);
  if (c !== 0x68 /* h */ || !/^https?:\/\/[^\s]+$/i.test(text)) return false;
  const { host, path } = parseUrl(text);
  return path !== '/' && apiKindOf(path, host) !== 'other';
}

function unitOf(suffix: string | undefined): 'ms' | 'ns' | 's' {
  const s = suffix?.toLowerCase();
  if (s === 'ns' || s === 'nanos') return 'ns';
  return s === 's' || s === 'sec' || s === 'seconds' ? 's' : 'ms';
}

class Walk {
  left = MAX_VALUES;
  constructor(readonly f: LineFields) {}

  /** `parent`: the key of the object holding `key` (`body` for Charles's and HAR's `body.text`). */
  value(key: string, v: unknown, depth: number, parent = ''): void {
    if (--this.left < 0) return;
    const f = this.f;
    if (typeof v === 'string') {
      if (f.url === undefined && isMarketoCallUrl(v)) f.url = v;
      else if (f.method === undefined && METHOD_KEY.test(key) && METHODS.has(v.toUpperCase())) f.method = v;
    }
    if ((typeof v === 'number' || typeof v === 'string') && f.status === undefined && STATUS_KEY.test(key)) {
      const s = httpStatus(v);
      if (s !== undefined && s >= 100) f.status = s;
    }
    if (f.durationMs === undefined && (typeof v === 'number' || typeof v === 'string')) {
      const m = DURATION_KEY.exec(key);
      if (m) {
        const unit = unitOf(m[1]);
        const ms = durationMs(v, unit === 'ns' ? 'ns' : 'ms');
        const bare = typeof v === 'number' || /^\s*\d+(?:\.\d+)?\s*$/.test(v);
        fill(f, 'durationMs', ms !== undefined && unit === 's' && bare ? ms * 1000 : ms);
      }
    }
    // An object is Marketo's body under any key (and holds no URL: not walked);
    // text is parsed only under a body-like key.
    if (
      typeof v === 'string'
        ? f.responseBody === undefined && (BODY_KEY.test(key) || BODY_KEY.test(parent)) && isMarketoText(v)
        : isMarketoShaped(v)
    ) {
      f.responseBody ??= v;
      return;
    }
    if (v !== null && typeof v === 'object' && depth < MAX_DEPTH) this.container(v, depth + 1, key);
  }

  container(o: object, depth: number, key = ''): void {
    if (Array.isArray(o)) {
      const end = Math.min(o.length, 16);
      for (let i = 0; i < end && this.left > 0; i++) this.value('', o[i], depth, key);
      return;
    }
    for (const inner in o) {
      if (this.left <= 0) return;
      this.value(inner, (o as Json)[inner], depth, key);
    }
  }
}

/** Run by the walker once per line (and per document embedded in its text), after every named reader. */
export const contentShape: ShapeReader = {
  name: 'content-search',
  read(_k, o, f) {
    // A URL with a body, or with a failed status, is a usable call: the search is for lines that lack one
    // (it costs a walk). A 200 without a body is searched for one under a key no reader names
    // (`marketo`, `apiResponse`): a 200 is where Marketo says success:false.
    if (f.url !== undefined && (f.responseBody !== undefined || (f.status !== undefined && f.status >= 400))) return;
    if (isMarketoShaped(o)) return;
    new Walk(f).container(o, 0);
  },
};
