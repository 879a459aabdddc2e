import type { ApiKind } from './exchange.js';

export interface ParsedUrl {
  host?: string;
  path: string;
  query: string;
}

// Character codes, for the scans below: parseUrl runs once per call, on URLs of up to many kilobytes.
const SLASH = 47;
const QUESTION = 63;
const HASH = 35;

/** The index after `scheme://` (a letter, then letters, digits, `+`, `.`, `-`), or -1. */
function afterScheme(url: string): number {
  const first = url.charCodeAt(0) | 0x20;
  if (first < 97 || first > 122) return -1;
  let i = 1;
  for (; i < url.length; i++) {
    const c = url.charCodeAt(i);
    const letter = c | 0x20;
    if (!((letter >= 97 && letter <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45)) break;
  }
  return url.startsWith('://', i) ? i + 3 : -1;
}

/** Splits an absolute URL or a bare path without throwing on odd input. */
export function parseUrl(url: string): ParsedUrl {
  let rest = url.trim();
  let host: string | undefined;
  const start = afterScheme(rest);
  if (start !== -1) {
    let slash = start;
    for (; slash < rest.length; slash++) {
      const c = rest.charCodeAt(slash);
      if (c === SLASH || c === QUESTION || c === HASH) break;
    }
    const authority = rest.slice(start, slash);
    // userinfo@ goes: up to the last `@` of the authority's first line.
    host = (authority.includes('@') ? authority.replace(/^.*@/, '') : authority).toLowerCase();
    rest = slash === rest.length ? '/' : rest.slice(slash);
  }
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const path = q === -1 ? rest : rest.slice(0, q);
  return { host, path: path || '/', query: q === -1 ? '' : rest.slice(q + 1) };
}

// Marketo's API as a gateway or proxy passes it on under a prefix of its own (`/marketo/rest/v1/leads.json`):
// only the versioned forms, which an app's own routes (`/api/rest/users`) do not take.
const PREFIXED_API = /\/(?:rest\/(?:asset\/)?v1\/|bulk\/v1\/|identity\/oauth\/token(?:$|[/.?]))/;

/** A call's path from Marketo's own part on: a gateway's prefix goes. */
export function marketoPath(path: string): string {
  if (path.startsWith('/rest/') || path.startsWith('/bulk/') || path.startsWith('/identity/')) return path;
  const found = PREFIXED_API.exec(path);
  return found ? path.slice(found.index) : path;
}

/**
 * Which Marketo API a call went to, from its path (and host when the path is
 * not one of Marketo's). 'other' means not a Marketo call at all.
 */
export function apiKindOf(path: string | undefined, host?: string): ApiKind {
  if (path) {
    path = marketoPath(path);
    if (path.startsWith('/identity/')) return 'identity';
    if (path.startsWith('/bulk/')) return 'bulk';
    if (path.startsWith('/rest/')) return /^\/rest\/v1\/[^/]+\/export\//.test(path) ? 'bulk' : 'rest';
  }
  const name = host?.replace(/:\d+$/, '');
  if (name && (name.endsWith('.mktorest.com') || name.endsWith('.marketo.com'))) return 'rest';
  return 'other';
}

// A segment is an id when it is a number, a UUID, or a long token with digits.
const ID_SEGMENT =
  /^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[^/]*\d)[A-Za-z0-9_-]{16,})$/i;

/** '/rest/v1/lists/1234/leads.json' -> '/rest/v1/lists/{id}/leads.json' */
export function templatePath(path: string): string {
  const parts = path.split('/');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '') continue;
    const dot = part.lastIndexOf('.');
    const stem = dot > 0 ? part.slice(0, dot) : part;
    // Keep comma-separated id lists as one {id}: /rest/v1/leads/1,2,3.json
    if (ID_SEGMENT.test(stem) || /^\d+(?:,\d+)+$/.test(stem)) {
      parts[i] = dot > 0 ? `{id}${part.slice(dot)}` : '{id}';
    }
  }
  return parts.join('/');
}

/** The host (and port) of a URL as reported, lower-cased; undefined for a path alone. */
export function hostOf(url: string | undefined): string | undefined {
  const at = url === undefined ? -1 : url.indexOf('://');
  if (at === -1) return undefined;
  const end = url!.slice(at + 3).search(/[/?#]/);
  return url!.slice(at + 3, end === -1 ? undefined : at + 3 + end).toLowerCase();
}
