import { REDACTED, type TextRule } from './rule.js';
import { SECRET_NAME_HINT, isSecretKey } from './secret-names.js';
import { valueExtent } from './value-extent.js';

// Headers as a list of pairs, printed: `[["Cookie","sid=1"]]` (fetch's Headers, Java's
// List<Pair>), `[('Cookie', 'sid=1')]` (Python's items()), and Node's flat rawHeaders
// `["Host","h","Cookie","sid=1"]`. The name is quoted (at any JSON depth: the quote after it has
// the backslashes of the one before) and a comma, not `:` or `=`, stands before its value. The
// name is read atomically (lookahead and backreference), so the scan is linear.
const QUOTED_NAME_AND_COMMA = /[[(,][ \t]*(\\*)(["'])(?=([A-Za-z][\w.-]*))\3\1\2[ \t]*,[ \t]*/g;

/** Replaces the value after every quoted secret name in a printed list of pairs. */
export function redactQuotedPairs(text: string): string {
  const re = QUOTED_NAME_AND_COMMA;
  re.lastIndex = 0;
  let out = '';
  let copied = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const valueStart = m.index + m[0].length;
    if (!isSecretKey(m[3]!)) {
      // The comma that ended this match may open the next pair: `["Host","h","Cookie",...]`.
      re.lastIndex = valueStart - m[0].length + m[0].lastIndexOf(',');
      if (re.lastIndex <= m.index) re.lastIndex = m.index + 1;
      continue;
    }
    const extent = valueExtent(text, valueStart, false);
    if (!extent) continue;
    out += text.slice(copied, extent[0]) + REDACTED;
    copied = extent[1];
    re.lastIndex = extent[1];
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export const quotedPair: TextRule = {
  name: 'quoted-pair',
  hint: SECRET_NAME_HINT,
  marks: ',',
  // Most texts that pass the hint hold no comma: one native scan instead of the pattern's.
  apply: (text) => (text.includes(',') ? redactQuotedPairs(text) : text),
};
