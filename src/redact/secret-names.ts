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
export const EXACT_SECRET_NAMES: ReadonlySet<string> = new Set([
  'token',
  'pwd',
  'pass',
  'auth',
  'credential',
  'credentials',
  'sig',
]);

// Names that are a secret with any prefix: `client_secret`, `userPassword`, `x-api-key`, `JSESSIONID`.
export const SECRET_NAME_ENDINGS: readonly string[] = [
  'password',
  'passwd',
  'passphrase',
  'passcode',
  'secret',
  'secretkey',
  'privatekey',
  'accesskey',
  'accountkey', // AccountKey= of an Azure Storage connection string
  'functionskey', // x-functions-key (Azure Functions)
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
  'codeverifier', // OAuth PKCE: whoever holds it can redeem the authorization code
];

// Header names whose unquoted value runs to the end of its line (`Cookie: a=1; b=2`).
const WHOLE_LINE_ENDINGS = ['authorization', 'cookie', 'cookies'];

function isSecretNormalised(n: string): boolean {
  if (EXACT_SECRET_NAMES.has(n)) return true;
  for (const ending of SECRET_NAME_ENDINGS) if (n.endsWith(ending)) return true;
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
// Every name above holds one of these once normalised (a test checks each name split at each letter).
const HINT_WORDS = [
  'pass',
  'pwd',
  'secret',
  'token',
  'cookie',
  'auth',
  'key',
  'sess',
  'sig',
  'credential',
  'assertion',
  'verifier',
];

/** Substrings of every secret name once normalised, for the cheap test that comes before any rule. */
export const SECRET_NAME_HINT = HINT_WORDS.map((word) => [...word].join(SEPARATORS)).join('|');
