/**
 * A Marketo body its logger cut short (`...` after N characters, a field limit, a byte cap): no JSON parser
 * takes it, but its head still says what Marketo answered. Read leniently, from the parts that are whole:
 * the requestId, the success flag, then each error's or each reason's code and message. Only a text that
 * opens as Marketo's bodies do is read: a cut body of another API gives nothing.
 */
import type { Json } from './marketo-body.js';

const HEAD = /^\{\s*"(?:requestId|success)"\s*:/;
const REQUEST_ID = /"requestId"\s*:\s*"([^"\\]{1,100})"/;
const SUCCESS = /"success"\s*:\s*(true|false)\b/;
// A code and, when it was not cut away, its message: `{"code":"606","message":"Max rate li`.
const CODE = /\{\s*"code"\s*:\s*"?(\d{3,4})"?\s*(?:,\s*"message"\s*:\s*"((?:[^"\\]|\\.){0,2000})"?)?/g;
const REASONS = /"reasons"\s*:\s*\[/g;
const MAX_TEXT = 64 * 1024;
const MAX_CODES = 300;

/** The body a cut Marketo text shows (errors[], or result[] records with their reasons), else undefined. */
export function cutMarketoBody(text: string): Json | undefined {
  if (text.length > MAX_TEXT || !HEAD.test(text)) return undefined;
  const success = SUCCESS.exec(text);
  if (!success) return undefined;
  const body: Json = { success: success[1] === 'true' };
  const requestId = REQUEST_ID.exec(text);
  if (requestId) body.requestId = requestId[1];
  if (body.success === false) {
    const at = text.indexOf('"errors"');
    body.errors = at === -1 ? [] : codesFrom(text, at);
    return body;
  }
  // A success: each reasons[] opens a record's list; the record's own fields may be cut away.
  const result: Json[] = [];
  for (const m of text.matchAll(REASONS)) {
    if (result.length >= MAX_CODES) break;
    const [first] = codesFrom(text, m.index + m[0].length, 1);
    if (first) result.push({ status: 'skipped', reasons: [first] });
  }
  if (result.length > 0) body.result = result;
  return body;
}

function codesFrom(text: string, from: number, limit = MAX_CODES): Json[] {
  const out: Json[] = [];
  CODE.lastIndex = from;
  for (let m = CODE.exec(text); m !== null && out.length < limit; m = CODE.exec(text)) {
    out.push(m[2] === undefined ? { code: m[1] } : { code: m[1], message: m[2].replace(/\\(.)/g, '$1') });
  }
  return out;
}
