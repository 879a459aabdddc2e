/**
 * A Marketo body decoded into a struct and printed with Go's %v, which names no field:
 * `{a4c2#1 [] false [{606 Max rate limit '100' exceeded with in '20' secs}]}`, and for skipped records
 * `{a4c1#1 [{3001 created []} {0 skipped [{1005 Lead already exists}]}] true []}`.
 * Only its shape is left to read: a struct holding `true` or `false` beside lists of `{CODE message}`,
 * where CODE is one of Marketo's. A list right after `skipped` or `failed` holds a record's reasons; any
 * other holds the response's errors. A struct of any other shape is not taken for a body.
 * One pass over the text; each `{` is tried once, over a bounded length.
 */
import { isMarketoCode } from './codes-in-text.js';

type Reason = { code: string; message: string };
export type PositionalBody =
  | { success: false; errors: Reason[] }
  | { success: true; result: Array<{ status: string; reasons: Reason[] }> };

const MAX_TEXT = 1024 * 1024;
// Where such a struct opens: after a blank or a colon, a `{` (or `&{`) that opens with a word and a blank.
const START = /(?:^|[\s:])&?\{(?=[^\s{}[\]]{1,200} )/;
const ITEM = /\{(\d{3,4}) ([^{}[\]\r\n]{0,300})\}/y;
const RECORD_STATUS = /(skipped|failed) $/;

/** The body a struct printed with %v holds, with the text before and after it; undefined for any other text. */
export function goPositionalInText(text: string): { value: PositionalBody; beside: string } | undefined {
  if (text.length > MAX_TEXT || !text.includes('[{')) return undefined;
  const open = START.exec(text);
  if (!open) return undefined;
  const start = open.index + open[0].length - 1;
  const errors: Reason[] = [];
  const records: Array<{ status: string; reasons: Reason[] }> = [];
  // For each open list, the status of the record whose reasons it holds, or undefined for the response's errors.
  const lists: Array<string | undefined> = [];
  let depth = 0;
  let success: boolean | undefined;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      if (lists.length > 0) {
        ITEM.lastIndex = i;
        const item = ITEM.exec(text);
        if (item && isMarketoCode(item[1]!)) {
          const reason = { code: item[1]!, message: item[2]! };
          const status = lists.at(-1);
          if (status) records.push({ status, reasons: [reason] });
          else errors.push(reason);
          i = ITEM.lastIndex - 1;
          continue;
        }
      }
      depth++;
    } else if (c === '}') {
      if (--depth === 0) return bodyOf(success, errors, records, text, start, i + 1);
    } else if (c === '[') lists.push(RECORD_STATUS.exec(text.slice(Math.max(start, i - 8), i))?.[1]);
    else if (c === ']') lists.pop();
    else if (c === ' ' && depth === 1 && lists.length === 0) success = flagAt(text, i + 1) ?? success;
  }
  return undefined;
}

/** `true` or `false` as a whole field of the top struct. */
function flagAt(text: string, at: number): boolean | undefined {
  for (const flag of [true, false]) {
    const word = String(flag);
    const after = text[at + word.length];
    if (text.startsWith(word, at) && (after === ' ' || after === '}')) return flag;
  }
  return undefined;
}

function bodyOf(
  success: boolean | undefined,
  errors: Reason[],
  records: Array<{ status: string; reasons: Reason[] }>,
  text: string,
  start: number,
  end: number,
): { value: PositionalBody; beside: string } | undefined {
  const beside = `${text.slice(0, start)} ${text.slice(end)}`.trim();
  if (success === false && errors.length > 0) return { value: { success, errors }, beside };
  if (success === true && records.length > 0) {
    return { value: { success, result: records }, beside };
  }
  return undefined;
}
