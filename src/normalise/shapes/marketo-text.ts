import { closesAsItOpens } from '../../input/json-start.js';
import { isMarketoShaped, isObject } from '../marketo-body.js';

/** A Marketo body, as an object or as JSON text. */
export function isMarketoText(value: unknown): boolean {
  if (typeof value !== 'string') return isMarketoShaped(value);
  const t = value.trimStart();
  if (t[0] !== '{' || !closesAsItOpens(t)) return false;
  try {
    return isMarketoShaped(JSON.parse(t));
  } catch {
    return false;
  }
}

// Keys under which tools wrap a body's text: Charles's `body.text`, a HAR-like `content.text`, `{data: ...}`.
const WRAPPED_BODY_KEYS = ['text', 'content', 'data', 'body'] as const;

/**
 * A logged body that is a wrapper around Marketo's (`{text: "{\"requestId\":...}", charset: "UTF-8"}`):
 * the body inside it; anything else as it is.
 */
export function unwrapBody(body: unknown): unknown {
  if (!isObject(body) || isMarketoShaped(body)) return body;
  for (const key of WRAPPED_BODY_KEYS) {
    const inner = body[key];
    if (inner !== undefined && isMarketoText(inner)) return inner;
  }
  return body;
}
