import { REDACTED, type TextRule } from './rule.js';

// `scheme://user:password@host`: the password goes, the user stays. The user
// part cannot hold `/` or `:`, so each `//` is scanned to the next one at most.
const USERINFO = /(\/\/[^\s/?#@:'"<>\\]*):[^\s/?#'"<>\\]+@/g;

export const urlUserinfo: TextRule = {
  name: 'url-userinfo',
  hint: String.raw`//[^/\s@]*@`,
  marks: ':',
  // Most texts that pass the hint have no `@` at all: one native scan instead of the pattern's.
  apply: (text) => (text.includes('@') ? text.replace(USERINFO, `$1:${REDACTED}@`) : text),
};
