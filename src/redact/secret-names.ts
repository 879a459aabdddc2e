/**
 * Which names hold secrets, in every spelling a log uses: `access_token`,
 * `accessToken`, `Access-Token`, `access.token` and `ACCESS_TOKEN` are one
 * name once lower-cased and stripped of separators.
 */

/** Lower case, no `-`, `_`, `.` or white space: "Set-Cookie" -> "setcookie". */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]/g, '');
}

// Names that are a secret only on their own: `token` is, `nextPageToken` (a paging cursor) is not.
// `sig` is the signature of an Azure SAS URL, which grants what the URL names.
const EXACT = new Set(['token', 'pwd', 'pass', 'auth', 'credential', 'credentials', 'sig']);

// Names that are a secret with any prefix: `client_secret`, `userPassword`, `x-api-key`, `JSESSIONID`.
const ENDINGS = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'secretkey',
  'privatekey',
  'accesskey',
  'signingkey',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'authtoken',
  'apitoken',
  'sessiontoken',
  'securitytoken', // X-Amz-Security-Token
  'csrftoken',
  'xsrftoken',
  'bearertoken',
  'apikey',
  'subscriptionkey', // Ocp-Apim-Subscription-Key (Azure API Management)
  'signature', // X-Amz-Signature of a presigned URL
  'authorization',
  'cookie',
  'cookies',
  'sessionid',
  'sessid',
  'clientassertion',
];

// Header names whose unquoted value runs to the end of its line (`Cookie: a=1; b=2`).
const WHOLE_LINE_ENDINGS = ['authorization', 'cookie', 'cookies'];

function isSecretNormalised(n: string): boolean {
  if (EXACT.has(n)) return true;
  for (const ending of ENDINGS) if (n.endsWith(ending)) return true;
  return false;
}

// Field names repeat endlessly in logs ('email', 'id', 'status'): remember answers.
const verdicts = new Map<string, boolean>();
const MAX_REMEMBERED = 10_000;

/** True when a key (object key, header name, query parameter) names a secret. */
export function isSecretKey(key: string): boolean {
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = isSecretNormalised(normaliseName(key));
    if (verdicts.size < MAX_REMEMBERED) verdicts.set(key, verdict);
  }
  return verdict;
}

/** True for headers whose unquoted value is the rest of the line: Authorization, Cookie, Set-Cookie. */
export function isWholeLineKey(key: string): boolean {
  const n = normaliseName(key);
  return WHOLE_LINE_ENDINGS.some((ending) => n.endsWith(ending));
}

// What normaliseName strips, so it may stand between the letters of a hint word ('to_ken' is 'token').
const SEPARATORS = String.raw`[-_.\s]*`;
const HINT_WORDS = ['pass', 'pwd', 'secret', 'token', 'cookie', 'auth', 'key', 'sess', 'credential', 'assertion'];

/**
 * Substrings of every secret name once normalised, for the cheap test that comes before any rule.
 * `sig` (Azure's SAS signature, X-Amz-Signature) is a hint only as written, without separators
 * between its letters: the 's' branch is tried at every 's' of every text, and stays as short as it was.
 */
export const SECRET_NAME_HINT = `${HINT_WORDS.map((word) => [...word].join(SEPARATORS)).join('|')}|sig`;
