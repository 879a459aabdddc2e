/** Small coercers for values read out of log lines of unknown shape. */
import { isObject, type Json } from '../marketo-body.js';

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function obj(value: unknown): Json | undefined {
  return isObject(value) ? value : undefined;
}

/** An id used to pair lines: strings and numbers (pino-http numbers its requests). */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

function integerOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  return typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : undefined;
}

/**
 * A status under a key that can only mean HTTP (statusCode, res.status,
 * http.status_code). 0 is kept: browsers and clients write it for "no response".
 */
export function httpStatus(value: unknown): number | undefined {
  const n = integerOf(value);
  return n !== undefined && (n === 0 || (n >= 100 && n <= 599)) ? n : undefined;
}

/**
 * A bare `status` key: log shippers (Datadog) use it for the log level, and
 * apps for anything, so only a number in the HTTP range counts.
 */
export function strictStatus(value: unknown): number | undefined {
  const n = integerOf(value);
  return n !== undefined && n >= 100 && n <= 599 ? n : undefined;
}

// ISO-8601 durations as Java and Google APIs write them: PT0.08S, PT1M2.5S.
const ISO_DURATION = /^P(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)$/i;

/** 120, "120", "120ms", "0.12s", "120000000ns", "PT0.12S" -> milliseconds. */
export function durationMs(value: unknown, unit: 'ms' | 'ns' = 'ms'): number | undefined {
  let n: number;
  let u: string = unit;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|ns|us|µs)?\s*$/i.exec(value);
    if (!m) return isoDurationMs(value);
    n = Number(m[1]);
    if (m[2]) u = m[2].toLowerCase();
  } else return undefined;
  if (!Number.isFinite(n) || n < 0) return undefined;
  const ms = u === 'ns' ? n / 1e6 : u === 'us' || u === 'µs' ? n / 1e3 : u === 's' ? n * 1000 : n;
  return plausibleDuration(ms);
}

// No HTTP call takes longer than a day: a longer duration (1e15 ms is 31,000 years) or one below zero
// is no duration. Used, it moved the call's start out of the log's time and kept it in flight forever.
const MAX_DURATION_MS = 86_400_000;

/** The duration when an HTTP call can take it, else undefined. */
export function plausibleDuration(ms: number | undefined): number | undefined {
  return ms !== undefined && ms >= 0 && ms <= MAX_DURATION_MS ? ms : undefined;
}

function isoDurationMs(text: string): number | undefined {
  const m = ISO_DURATION.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return undefined;
  return plausibleDuration(((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000);
}

export function timeOf(value: unknown): number | string | undefined {
  return typeof value === 'number' || (typeof value === 'string' && value !== '') ? value : undefined;
}

// Error codes that mean the request never got an answer (Node, axios, undici).
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ERR_CANCELED',
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'ABORT_ERR',
]);

// undici's errors about a response that did arrive (responseError interceptor, retry given up on a status).
const UNDICI_ANSWERED = new Set(['UND_ERR_RESPONSE', 'UND_ERR_REQ_RETRY']);

export function isNetworkErrorCode(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return NETWORK_CODES.has(value) || (value.startsWith('UND_ERR_') && !UNDICI_ANSWERED.has(value));
}

export function isAbortName(value: unknown): boolean {
  return value === 'CanceledError' || value === 'AbortError' || value === 'TimeoutError';
}
