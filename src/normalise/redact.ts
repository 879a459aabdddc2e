/**
 * Secrets are removed at ingest, before anything becomes an Exchange, so no
 * later stage (or reporter) can leak them. Keys are matched by name wherever
 * they appear: object keys, HAR {name, value} pairs, query strings, free text.
 */
export const REDACTED = '[REDACTED]';

// Compared after lower-casing and dropping '-' and '_': "Set-Cookie" -> "setcookie".
const SECRET_KEYS = new Set([
  'accesstoken',
  'clientsecret',
  'refreshtoken',
  'idtoken',
  'authorization',
  'proxyauthorization',
  'cookie',
  'cookies',
  'setcookie',
  'password',
  'passwd',
  'secret',
  'apikey',
  'xapikey',
]);

// Field names repeat endlessly in logs ('email', 'id', 'status'): remember answers.
const keyVerdicts = new Map<string, boolean>();
const MAX_REMEMBERED_KEYS = 10_000;

export function isSecretKey(key: string): boolean {
  let verdict = keyVerdicts.get(key);
  if (verdict === undefined) {
    verdict = SECRET_KEYS.has(key.toLowerCase().replace(/[-_]/g, ''));
    if (keyVerdicts.size < MAX_REMEMBERED_KEYS) keyVerdicts.set(key, verdict);
  }
  return verdict;
}

// A cheap test run first so that the common case (no secret) costs one scan.
const MAYBE_SECRET = /token|secret|bearer|basic |passw|cookie|authori|api.?key/i;

const TEXT_RULES: Array<[RegExp, string]> = [
  // query strings and form bodies: access_token=abc&...
  [/\b(access_token|client_secret|refresh_token|id_token|password|passwd|api_?key)=([^&\s"'<>#]*)/gi, `$1=${REDACTED}`],
  // JSON text, possibly escaped inside a JSON string: "access_token":"abc" or \"access_token\":\"abc\"
  [
    /(\\?["'])(access_?token|client_?secret|refresh_?token|id_?token|authorization|cookie|set-cookie|password|passwd|api_?key)\1(\s*[:=]\s*)(\\?["'])(?:(?!\4).)*\4/gi,
    `$1$2$1$3$4${REDACTED}$4`,
  ],
  // util.inspect / YAML-ish: access_token: 'abc'
  [/\b(access_token|client_secret|refresh_token|authorization|password)(\s*:\s*)(['"`])[^'"`]*\3/gi, `$1$2$3${REDACTED}$3`],
  // Raw header text (HAR headers blocks, curl -v dumps): the whole value goes.
  [/^(\s*(?:set-)?cookie|\s*(?:proxy-)?authorization)(\s*:\s*)[^\r\n]+/gim, `$1$2${REDACTED}`],
  // Authorization header values in free text.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/g, `$1 ${REDACTED}`],
];

// No rule can match a shorter text ('Bearer ' plus six characters is 13).
const SHORTEST_SECRET_TEXT = 12;

/** Removes secret values from any text: URLs, raw headers, log messages, unparsed bodies. */
export function redactText(text: string): string {
  if (text.length < SHORTEST_SECRET_TEXT || !MAYBE_SECRET.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of TEXT_RULES) out = out.replace(pattern, replacement);
  return out;
}

/** Returns a copy of a parsed JSON value with every secret value replaced. */
export function redactDeep<T>(value: T): T {
  return walk(value, 0) as T;
}

/** True when JSON text may hold a secret; false means a parse of it needs no redaction walk. */
export function mayHoldSecret(text: string): boolean {
  return MAYBE_SECRET.test(text);
}

// Marketo bodies are a few levels deep. Deeper than this is not Marketo's and
// is not walked (a stack overflow otherwise); what is not checked is dropped.
const MAX_DEPTH = 64;

function walk(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = walk(value[i], depth + 1);
      if (next !== value[i]) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  const obj = value as Record<string, unknown>;
  // HAR headers, cookies and query strings are {name, value} pairs.
  const pairName = typeof obj.name === 'string' && 'value' in obj ? obj.name : undefined;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(obj)) {
    const current = obj[key];
    let next: unknown;
    if (isSecretKey(key) || (key === 'value' && pairName !== undefined && isSecretKey(pairName))) {
      next = current === undefined || current === null || current === '' ? current : REDACTED;
    } else {
      next = walk(current, depth + 1);
    }
    if (next !== current) (copy ??= { ...obj })[key] = next;
  }
  return copy ?? obj;
}
