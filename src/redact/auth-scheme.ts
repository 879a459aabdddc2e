import { REDACTED, type TextRule } from './rule.js';
import { lineEnd } from './value-extent.js';

// An HTTP authentication scheme and its credentials, anywhere in text and in
// any case: `Bearer x`, `bearer x`, `Basic x`, `Token x`, `Digest username=...`.
// The credentials run up to white space or a delimiter (a `:` is part of them:
// Marketo's tokens end in `:ab`). The scheme is looked for first and its start
// checked after (a lookbehind at every position cost half as much again on URLs);
// the lookahead-and-backreference reads the credentials once: a linear scan.
const SCHEME =
  /(bearer|basic|token|digest|negotiate|ntlm)(?<![\w-]\1)(?:[ \t]+|%20|\+)(?=([^\s"'`<>,;\\()[\]{}]+))\2/gi;

// A credential that ends in a scheme word ('abc?Basic' before ' c3Zj...') ran into the next
// scheme: the scan goes on from that word, so its own credential goes too.
const TRAILING_SCHEME = /(?:^|[^\w-])(?:bearer|basic|token|digest|negotiate|ntlm)$/i;

// `Digest username="svc", realm=..., response="..."`: parameters, not one credential.
const AUTH_PARAM = /^[A-Za-z][\w-]*=/;

/**
 * Credentials look like a key, not like a word: "token invalid" in Marketo's
 * 601 message is English and stays; "token 5f3a9b21", "Basic dXNlcjpwYXNz" go.
 */
export function looksLikeCredential(s: string): boolean {
  if (s.length < 6) return false;
  return /[\d+/=._~:-]/.test(s) || (/[a-z]/.test(s) && /.[A-Z]/.test(s));
}

export function redactAuthSchemes(text: string): string {
  const re = SCHEME;
  re.lastIndex = 0;
  let out = '';
  let copied = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const credential = m[2]!;
    const from = m.index + m[0].length - credential.length;
    let to: number;
    if (AUTH_PARAM.test(credential)) to = lineEnd(text, from);
    else if (looksLikeCredential(credential)) to = from + credential.length;
    else {
      // Not a credential ("token Basic ..."): the word itself may start the next scheme.
      re.lastIndex = from;
      continue;
    }
    out += text.slice(copied, from) + REDACTED;
    copied = to;
    const trailing = TRAILING_SCHEME.exec(text.slice(Math.max(from, to - 10), to));
    re.lastIndex = trailing ? to - trailing[0].length + (/^[\w-]/.test(trailing[0]) ? 0 : 1) : to;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export const authScheme: TextRule = {
  name: 'auth-scheme',
  hint: 'bearer|basic|token|digest|negotiate|ntlm',
  marks: String.raw` \t%+`,
  apply: redactAuthSchemes,
};
