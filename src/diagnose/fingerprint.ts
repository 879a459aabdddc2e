import type { Exchange } from '../normalise/exchange.js';

/**
 * Identifies "the same request" (method, URL with its query, body) without
 * serialising the body: an FNV-1a hash over a bounded walk of the parsed body,
 * plus its byte size. Secrets are already redacted to a constant at ingest, so a
 * refreshed token does not make a retry look like a new request.
 */
export function fingerprint(ex: Exchange): string {
  return fingerprintOf(ex, urlHash(ex), bodyHash(ex));
}

/** The fingerprint from its two hashes (urlHash, bodyHash), so that a caller can stop after the first. */
export function fingerprintOf(ex: Exchange, url: number, body: number): string {
  const target = ex.url ?? ex.path ?? '';
  return `${ex.method ?? ''} ${target.length}:${url.toString(36)} ${ex.requestBytes ?? -1}:${body.toString(36)}`;
}

/**
 * A request that carries a body (POST, PUT, PATCH) logged without it: its fingerprint is its method and URL
 * alone, so two different upserts to one endpoint look like one request sent twice.
 */
export function bodyUnseen(ex: Exchange): boolean {
  const method = ex.method ?? '';
  return (method === 'POST' || method === 'PUT' || method === 'PATCH') && ex.request === undefined;
}

/** bodyUnseen for a call known only by its fingerprint (a first call kept for a merge, retry-edges.ts). */
export function fingerprintBodyUnseen(fp: string): boolean {
  return /^(?:POST|PUT|PATCH) /.test(fp) && fp.endsWith(UNSEEN_BODY);
}

export function urlHash(ex: Exchange): number {
  return hashString(FNV_OFFSET, ex.url ?? ex.path ?? '', 1024);
}

export function bodyHash(ex: Exchange): number {
  const state = { h: FNV_OFFSET, budget: 400 };
  hashValue(state, ex.request, 0);
  return state.h;
}

/**
 * A small integer equal for two calls whenever their fingerprints are equal (not the other
 * way round), from the method, the URL's hash and length and the body's size: a map of
 * these rules out most calls before the body is hashed and the fingerprint string built.
 */
export function urlDigest(ex: Exchange, url: number): number {
  const method = ex.method ?? '';
  // A method with a space or colon makes fingerprints that only other such methods can equal.
  if (method.includes(' ') || method.includes(':')) return 0;
  let h = hashString(FNV_OFFSET, method, 16);
  h = Math.imul(h ^ (ex.url ?? ex.path ?? '').length, 0x01000193);
  h = Math.imul(h ^ url, 0x01000193);
  // `| 0` maps 0 and -0 (both "0" in the fingerprint) to one number; merging others only lets more calls through.
  h = Math.imul(h ^ ((ex.requestBytes ?? -1) | 0), 0x01000193);
  return h & 0x3fffffff;
}

/** urlDigest with the body's hash too (the same promise). */
export function fullDigest(urlDigestValue: number, body: number): number {
  return Math.imul(urlDigestValue ^ body, 0x01000193) & 0x3fffffff;
}

const FNV_OFFSET = 0x811c9dc5;
/** How a fingerprint ends for a request logged without its body or its size. */
const UNSEEN_BODY = ` -1:${bodyHash({ source: { file: '', line: 0 }, api: 'rest', noResponse: false }).toString(36)}`;

function hashString(h: number, s: string, maxChars: number): number {
  // At most maxChars evenly spaced characters: long URLs (8 KB of filter
  // values) would otherwise cost a loop over every character of every call.
  const step = s.length > maxChars ? Math.ceil(s.length / maxChars) : 1;
  for (let i = 0; i < s.length; i += step) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Length last, so that two strings that differ between the samples still differ when their lengths do.
  h ^= s.length;
  return Math.imul(h, 0x01000193) >>> 0;
}

/** Walks at most `budget` nodes and hashes at most 256 characters of each string. */
function hashValue(state: { h: number; budget: number }, v: unknown, depth: number): void {
  if (state.budget-- <= 0 || depth > 6) return;
  switch (typeof v) {
    case 'string':
      state.h = hashString(state.h, v, 256);
      return;
    case 'number':
    case 'boolean':
      state.h = hashString(state.h, String(v), 64);
      return;
    case 'object':
      if (v === null) {
        state.h = hashString(state.h, 'null', 4);
      } else if (Array.isArray(v)) {
        state.h = hashString(state.h, `[${v.length}`, 16);
        for (const item of v) {
          if (state.budget <= 0) break;
          hashValue(state, item, depth + 1);
        }
      } else {
        for (const key in v as Record<string, unknown>) {
          if (state.budget <= 0) break;
          state.h = hashString(state.h, key, 128);
          hashValue(state, (v as Record<string, unknown>)[key], depth + 1);
        }
      }
      return;
    default:
      return;
  }
}
