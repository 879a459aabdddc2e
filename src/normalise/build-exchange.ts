import { dateTime } from '../aggregate/date-time.js';
import type { ApiKind, Exchange, SourceRef } from './exchange.js';
import { apiKindOf, marketoPath, parseUrl } from './marketo-url.js';
import { isMarketoBody, isOAuthBody, isObject, parseBody } from './marketo-body.js';
import { clip } from '../util/sanitize.js';
import { logText } from '../util/log-text.js';
import { mayHoldSecret, redactDeep, redactText, reportText, reportUrl } from './redact.js';
import type { TextMention } from './text/text-line.js';
import { OUT_OF_RANGE, readEpoch } from './epoch.js';
import { plausibleDuration } from './ndjson/values.js';

export { toEpochMs } from './epoch.js';

/**
 * What a log told us about one call, before clean-up. Every input shape
 * (NDJSON logger, log shipper, HAR entry) fills what it has; buildExchange
 * does the parsing, redaction and sizing in one place.
 */
export interface RawCall {
  source: SourceRef;
  method?: string;
  /** Absolute URL or a path, possibly with a query string. */
  url?: string;
  /** Host when the url is only a path (pino's req.headers.host). */
  host?: string;
  /** Query parameters logged apart from the URL (axios config.params). */
  params?: Record<string, unknown>;
  status?: number;
  noResponse?: boolean;
  /** Epoch ms or s, or an ISO string. */
  startedAt?: number | string;
  /** When only the end time is known (a response line), with durationMs. */
  endedAt?: number | string;
  durationMs?: number;
  requestBody?: unknown;
  responseBody?: unknown;
  /** Marketo's requestId when a log field holds it apart from the body. */
  requestId?: string;
  /** The request body's size as the log states it (Salesforce's REQUEST_SIZE), when no body is logged. */
  requestBytes?: number;
  /** Length of the log line or entry that held the call, when known. */
  lineBytes?: number;
  /** Read from text that may repeat another line about the same call (text/text-exchanges.ts). */
  textMention?: TextMention;
  /** Not a call: a text line named this Marketo URL, where a later failure naming none went (text-exchanges.ts). */
  namedUrl?: string;
}

const MAX_TEXT_BODY = 2048;
// Log text is untrusted and reaches every report: a megabyte URL or requestId
// would freeze the table and bloat every format. Sizes are measured before this.
const MAX_URL_CHARS = 2048;
const MAX_PATH_CHARS = 512;
const MAX_REQUEST_ID_CHARS = 100;

// Bodies smaller than this are far from Marketo's 1 MB limit whatever their exact size.
const SIZE_WORTH_MEASURING = 800 * 1024;

function requestSize(value: unknown, lineBytes: number | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return Buffer.byteLength(value);
  // An object body is never larger than the line that held it, and serialising
  // it again is the dearest step on the hot path: measure only when it matters.
  if (lineBytes !== undefined && lineBytes < SIZE_WORTH_MEASURING) return undefined;
  try {
    return Buffer.byteLength(JSON.stringify(value));
  } catch {
    return undefined;
  }
}

/** Form bodies (`_method=GET&filterType=email&...`) become objects so that detectors can read them. */
function parseRequestBody(body: unknown): unknown {
  const parsed = parseBody(body);
  if (typeof parsed === 'string' && /^[\w.%[\]-]+=/.test(parsed) && !parsed.includes('\n')) {
    return Object.fromEntries(new URLSearchParams(parsed));
  }
  return parsed;
}

// What a parse decodes (a JSON `\u` escape, a form's %XX and +) can spell a secret the text does not show.
const DECODED = /[\\%+]/;

/** Parses a logged body and removes its secrets, skipping the walk when its text provably holds none. */
function cleanBody(logged: unknown, parse: (body: unknown) => unknown): unknown {
  const parsed = parse(logged);
  if (typeof logged === 'string' && parsed !== logged && !DECODED.test(logged) && !mayHoldSecret(logged)) return parsed;
  return redactBody(parsed);
}

function redactBody(body: unknown): unknown {
  if (typeof body === 'string') {
    const text = redactText(body);
    return clip(text, MAX_TEXT_BODY);
  }
  return isObject(body) || Array.isArray(body) ? redactDeep(body) : body;
}

// A query value longer than a Marketo URL may be (8 KB) is not worth keeping whole.
const MAX_PARAM_CHARS = 8192;

function withParams(url: string, params: Record<string, unknown> | undefined): string {
  if (!params) return url;
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null);
  if (entries.length === 0) return url;
  const query = entries
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(logText(v, MAX_PARAM_CHARS))}`)
    .join('&');
  return url + (url.includes('?') ? '&' : '?') + query;
}

/**
 * Marketo's `success` as a boolean where a log pipeline wrote it as text (`"success": "false"`: a shipper's
 * type conversion, a table export turned back into JSON): every later stage tests the boolean.
 */
function withBooleanSuccess(body: unknown): unknown {
  if (!isObject(body) || typeof body.success !== 'string') return body;
  const text = body.success.trim().toLowerCase();
  if (text === 'false') body.success = false;
  else if (text === 'true') body.success = true;
  return body;
}

/** A bare body with no URL: its shape tells which API answered. */
function apiKindOfBody(body: unknown): ApiKind {
  if (isOAuthBody(body)) return 'identity';
  return isMarketoBody(body) ? 'rest' : 'other';
}

export function buildExchange(raw: RawCall): Exchange {
  const fullUrl = raw.url === undefined ? undefined : withParams(raw.url, raw.params);
  const parsed = fullUrl === undefined ? undefined : parseUrl(fullUrl);
  const host = parsed?.host ?? raw.host?.toLowerCase();
  const response = withBooleanSuccess(cleanBody(raw.responseBody, parseBody));
  const request = raw.requestBody === undefined ? undefined : cleanBody(raw.requestBody, parseRequestBody);
  const endedRead = readEpoch(raw.endedAt);
  const startedRead = readEpoch(raw.startedAt);
  const ended = typeof endedRead === 'number' ? endedRead : undefined;
  let startedAt = typeof startedRead === 'number' ? startedRead : undefined;
  const durationMs = plausibleDuration(raw.durationMs);
  // A duration no call takes (a reader's own parse: HAR, text clients) is dropped; the end is the start then.
  if (startedAt === undefined && ended !== undefined && raw.durationMs !== undefined)
    startedAt = durationMs === undefined ? ended : dateTime(ended - durationMs);

  const status = raw.status !== undefined && Number.isFinite(raw.status) ? raw.status : undefined;
  const exchange: Exchange = {
    source: raw.source,
    api: fullUrl === undefined ? apiKindOfBody(response) : apiKindOf(parsed?.path, host),
    noResponse: raw.noResponse === true || status === 0,
  };
  if (raw.textMention?.code) exchange.fromText = true;
  if (raw.method) exchange.method = reportText(raw.method).toUpperCase();
  if (fullUrl !== undefined) {
    exchange.url = clip(reportUrl(host && !parsed?.host ? `https://${host}${fullUrl}` : fullUrl), MAX_URL_CHARS);
    exchange.path = clip(
      reportText(exchange.api === 'other' ? parsed!.path : marketoPath(parsed!.path)),
      MAX_PATH_CHARS,
    );
    exchange.urlBytes = Buffer.byteLength(fullUrl);
  }
  if (status !== undefined && status !== 0) exchange.status = status;
  // A time no Date can hold (1e308) is no time: every later stage formats times as days or ISO text.
  startedAt = dateTime(startedAt);
  if (startedAt !== undefined) exchange.startedAt = startedAt;
  else if (startedRead === OUT_OF_RANGE || endedRead === OUT_OF_RANGE) exchange.timeOutOfRange = true;
  if (durationMs !== undefined) exchange.durationMs = durationMs;
  const requestId = isObject(response) && typeof response.requestId === 'string' ? response.requestId : raw.requestId;
  if (requestId) exchange.requestId = clip(reportText(requestId), MAX_REQUEST_ID_CHARS);
  const requestBytes = requestSize(raw.requestBody, raw.lineBytes) ?? raw.requestBytes;
  if (requestBytes !== undefined) exchange.requestBytes = requestBytes;
  if (request !== undefined) exchange.request = request;
  if (response !== undefined) exchange.response = response;
  return exchange;
}
