import { REDACTED, type TextRule } from './rule.js';
import { SECRET_NAME_HINT, isSecretKey, isWholeLineKey, normaliseName } from './secret-names.js';
import { valueExtent } from './value-extent.js';

// A name and its separator, in any notation: `key=`, `key: `, `"key":`, `\"key\":`,
// `'key' =>`, `key%3D`, `%22key%22%3A`. A name starts after a non-name character
// or a %XX escape, which the match takes (a lookbehind at every position made
// the scan 1.8 times slower); blanks after the separator are left for the next
// name. The lookahead-and-backreference makes the name atomic: it is read
// once, never backtracked into, which keeps the scan linear.
const NAME_AND_SEPARATOR = new RegExp(
  String.raw`(?:^|[^\w.%-]|%(?:25)?[0-9A-Fa-f]{2})(?=([A-Za-z][\w.-]*))\1` +
    String.raw`((?:\\*["'\x60]|%(?:25)?2[27]|&quot;|&#3[49];)?[ \t]*(?:=>|[:=]|%(?:25)?3[AaDd]))`,
  'g',
);

// A HAR-style pair written as text, {"name":"Cookie","value":"..."}: the value
// belongs to the name that came just before it.
const PAIR_GAP = 12;

/** Replaces the value of every secret-named key in text. */
export function redactKeyedValues(text: string): string {
  const re = NAME_AND_SEPARATOR;
  re.lastIndex = 0;
  let out = '';
  let copied = 0;
  let secretPairEnd = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = m[1]!;
    let valueStart = m.index + m[0].length;
    while (text[valueStart] === ' ' || text[valueStart] === '\t') valueStart++;
    const pairValue = secretPairEnd >= 0 && m.index - secretPairEnd <= PAIR_GAP && normaliseName(name) === 'value';
    if (!pairValue && !isSecretKey(name)) {
      // The separator may be what stands before the next name: 'email=api_key=x', 'redirect%3Dtoken%3Dx'.
      re.lastIndex = m.index + m[0].length - m[2]!.length;
      secretPairEnd = -1;
      if (normaliseName(name) === 'name') {
        const quoted = valueExtent(text, valueStart, false);
        if (quoted && isSecretKey(text.slice(quoted[0], quoted[1]))) secretPairEnd = quoted[1] + 1;
      }
      continue;
    }
    secretPairEnd = -1;
    const extent = valueExtent(text, valueStart, !pairValue && isWholeLineKey(name));
    if (!extent) continue;
    out += text.slice(copied, extent[0]) + REDACTED;
    copied = extent[1];
    re.lastIndex = Math.max(extent[1], valueStart);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// Every separator above ends in `:`, `=` or `%3A`/`%3D`.
export const keyedValue: TextRule = {
  name: 'keyed-value',
  hint: SECRET_NAME_HINT,
  marks: ':=%',
  apply: redactKeyedValues,
};
