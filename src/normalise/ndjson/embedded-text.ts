/**
 * Log shippers and loggers put a whole JSON document, or a printed object,
 * inside a text field: `"message":"{\"requestId\":...}"`,
 * `"marketo response: {...}"`, or util.inspect output. This finds it.
 */
import { goPositionalInText } from '../text/go-positional.js';
import { goPrintedInText } from '../text/go-printed.js';
import { goSyntaxInText } from '../text/go-syntax.js';
import { parseInspect } from './inspect-parse.js';

// Where an object starts: '{' then a JSON key, or an inspect key (bare or single-quoted) and ':'.
const OBJECT_START = /\{\s*(?:"|'[^'\n]{0,80}'\s*:|[A-Za-z_$][\w$]{0,80}\s*:)/g;
const MAX_SCAN = 1024 * 1024;
const JSON_BLANK = /^[ \t\n\r]*$/;

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The object embedded in a text field, or undefined. Cheap for text with no '{'. */
export function objectInText(text: string): unknown {
  return findObjectInText(text)?.value;
}

/**
 * The object embedded in a text, and for JSON the text beside it: read as prose, a JSON object's own
 * keys (`"code":602`) would pass for a code the text mentions. A printed (inspect) object stays in it:
 * Python's printed dicts are how such logs write Marketo's codes.
 */
export function findObjectInText(text: string): { value: unknown; beside: string } | undefined {
  if (text.length > MAX_SCAN) return undefined;
  const brace = text.indexOf('{');
  if (brace === -1) return text.includes('map[') ? goPrintedInText(text) : undefined;
  OBJECT_START.lastIndex = brace;
  const m = OBJECT_START.exec(text);
  // A struct Go printed with %v names no field: only a Marketo body's shape is read from it.
  if (!m) return goPrintedInText(text) ?? goPositionalInText(text);
  const start = m.index;
  const end = text.lastIndexOf('}');
  if (m[0].endsWith('"') && end > start) {
    // JSON that opens with '{' ends with '}' and blanks: what JSON.parse can read is known before it is asked
    // (a failed parse throws, and a throw costs more than the parse).
    const trailing = text.slice(end + 1);
    const blank = JSON_BLANK.test(trailing);
    const value = tryJson(blank ? text.slice(start) : text.slice(start, end + 1));
    // Text after the JSON ("... } (took 120ms)") is text beside it.
    if (value !== undefined)
      return { value, beside: blank ? text.slice(0, start) : `${text.slice(0, start)} ${trailing}` };
  }
  // Go's %+v of a struct (`&{RequestID:... Errors:[...]}`) and its %#v (`&main.answer{RequestID:"..."}`, a map's
  // `{"errors":...}`) open like an inspect object or JSON: Go's readers first.
  const go = goPrintedInText(text) ?? goSyntaxInText(text);
  if (go) return go;
  const printed = parseInspect(text, start);
  return printed === undefined ? undefined : { value: printed, beside: text };
}
