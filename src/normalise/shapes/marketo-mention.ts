/**
 * Marketo's errors[], or a record's reasons[], that an app logged on a line of
 * its own without the body they came in (`log.warn({ errors: body.errors },
 * 'marketo call failed')`): a mention of the call just made, joined to it the
 * way a code written as text is (text/text-exchanges.ts).
 */
import { isObject } from '../marketo-body.js';
import { bodyOfTextCode, isMarketoCode, type TextCode } from '../text/codes-in-text.js';
import type { ShapeReader } from './shape.js';

export const marketoMentionShape: ShapeReader = {
  name: 'marketo-mention',
  read(k, o, f) {
    if (f.responseBody !== undefined || f.textMention !== undefined) return;
    // An app's log line (it has a message), not a body: bodies are marketo-body's.
    if ((k.msg === undefined && k.message === undefined) || k.success !== undefined || k.requestId !== undefined)
      return;
    const { errors, reasons } = o;
    const list = Array.isArray(errors) ? errors : Array.isArray(reasons) ? reasons : undefined;
    const first: unknown = list?.[0];
    if (!isObject(first) || (typeof first.code !== 'string' && typeof first.code !== 'number')) return;
    const code = String(first.code);
    if (!isMarketoCode(code)) return;
    const level = list === errors ? 'response' : 'record';
    const message = typeof first.message === 'string' ? first.message : '';
    const text: TextCode = { code, message, kind: 'logged', level };
    f.responseBody = bodyOfTextCode(text);
    f.textMention = { way: `logged ${level}`, code: text };
  },
};
