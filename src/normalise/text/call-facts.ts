/**
 * What text-exchanges.ts asks of a call read from text when it joins the mentions of one call: its body's
 * first code, whether its records' reasons were cut short, whether it names a path, and whether it is a body
 * and nothing else.
 */
import type { RawCall } from '../build-exchange.js';
import { isMarketoBody, isObject, parseBody } from '../marketo-body.js';

/** The first code of a failure body logged as an object (a JSON text body is not parsed again here). */
export function firstErrorCode(body: unknown): string | undefined {
  if (!isObject(body) || body.success !== false || !Array.isArray(body.errors)) return undefined;
  const first: unknown = body.errors[0];
  const code = isObject(first) ? first.code : undefined;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
}

/**
 * A body printed with its records' reasons cut short (`reasons: [Array]`: util.inspect stops at depth 2, as log4js
 * and consola print it): the app's lines about the skipped records tell them.
 */
export function reasonsElided(body: unknown): boolean {
  if (!isObject(body) || !Array.isArray(body.result)) return false;
  // inspect-parse.ts reads the `[Array]` placeholder as an empty array; Marketo never skips a record without reasons.
  const cut = (reasons: unknown) => !Array.isArray(reasons) || reasons.length === 0;
  return body.result.some((r: unknown) => isObject(r) && r.status === 'skipped' && cut(r.reasons));
}

/** Whether a URL names more than a host (a URL guessed from the last call's origin ends at `/`). */
export function namesPath(url: string | undefined): boolean {
  return url !== undefined && /^(?:[a-z][a-z\d+.-]*:\/\/[^/?#]*)?\/[^?#\s]/i.test(url);
}

/** A body and nothing else of its call: what `curl -s` prints before its write-out line. */
export function isBareBody(call: RawCall): boolean {
  return (
    call.responseBody !== undefined &&
    call.url === undefined &&
    call.status === undefined &&
    call.method === undefined &&
    !call.noResponse &&
    call.textMention === undefined
  );
}

/** The same request target, whether a line printed the whole URL or only its path. */
export function samePath(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const path = (url: string) => url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '');
  return path(a) === path(b);
}

/**
 * Whether a body can be the answer of a call that failed at HTTP level: Marketo writes its own bodies (requestId,
 * success) and a granted token only with a 200; a gateway's 4xx or 5xx comes with its page, an OAuth error or none.
 */
export function answersFailedCall(body: unknown): boolean {
  const parsed = parseBody(body);
  return !isMarketoBody(parsed) && !(isObject(parsed) && typeof parsed.access_token === 'string');
}
