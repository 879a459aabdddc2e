import { REDACTED, type TextRule } from './rule.js';

// A JSON Web Token (or JWE) with no name before it: base64url segments of a
// header that starts `{"` (so `eyJ`), joined by dots. The literal comes first so
// that the scan looks for it alone; the first segment is read atomically
// (lookahead and backreference): no backtracking through it.
const JWT = /eyJ(?<=(?:^|[^\w-])eyJ)(?=([\w-]*))\1\.[\w.-]*/g;

export const jwt: TextRule = {
  name: 'jwt',
  hint: 'eyJ',
  marks: 'J',
  apply: (text) => (text.includes('eyJ') ? text.replace(JWT, REDACTED) : text),
};
