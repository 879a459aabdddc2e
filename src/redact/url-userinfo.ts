import { REDACTED, type TextRule } from './rule.js';

// `scheme://user:password@host`: the password goes, the user stays. The user
// part cannot hold `/` or `:`, so each `//` is scanned to the next one at most.
const USERINFO = /(\/\/[^\s/?#@:'"<>\\]*):[^\s/?#'"<>\\]+@/g;

export const urlUserinfo: TextRule = {
  name: 'url-userinfo',
  hint: String.raw`//[^/\s@]*@`,
  apply: (text) => text.replace(USERINFO, `$1:${REDACTED}@`),
};
