import { closesAsItOpens } from '../input/json-start.js';
import { cutMarketoBody } from './cut-body.js';
import { goPrintedInText } from './text/go-printed.js';
/** Recognisers for the JSON bodies Marketo sends. Cheap: they run on every candidate. */

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A REST or bulk response: success flag with requestId/errors/result, or requestId with errors/result. */
export function isMarketoBody(value: unknown): value is Json {
  if (!isObject(value)) return false;
  const hasPayload = Array.isArray(value.errors) || Array.isArray(value.result) || 'warnings' in value;
  if (typeof value.success === 'boolean') return hasPayload || typeof value.requestId === 'string';
  return typeof value.requestId === 'string' && /#/.test(value.requestId) && hasPayload;
}

/** The identity endpoint's bodies: a token, or an OAuth error. */
export function isOAuthBody(value: unknown): value is Json {
  if (!isObject(value)) return false;
  if (typeof value.access_token === 'string' && typeof value.token_type === 'string') return true;
  return typeof value.error === 'string' && typeof value.error_description === 'string';
}

export function isMarketoShaped(value: unknown): value is Json {
  return isMarketoBody(value) || isOAuthBody(value);
}

/** Parses a body that may be JSON text (or a value Go printed); returns the text itself when it is neither. */
export function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  const text = body.trim();
  if (closesAsItOpens(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return goPrinted(text) ?? cutMarketoBody(text) ?? body;
    }
  }
  if (text.startsWith('map[') || text.startsWith('&{')) return goPrinted(text) ?? body;
  // A body its logger cut short: what its head says.
  return text.startsWith('{') ? (cutMarketoBody(text) ?? body) : body;
}

/** A body Go's fmt printed (slog's `body=` of a decoded map or struct), when it is the whole text. */
function goPrinted(text: string): unknown {
  const printed = goPrintedInText(text);
  return printed?.beside === '' ? printed.value : undefined;
}
