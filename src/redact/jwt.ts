import { REDACTED, type TextRule } from './rule.js';

// A JSON Web Token (or JWE) with no name before it: base64url segments of a
// header that starts `{"` (so `eyJ`), joined by dots.
const JWT = /(?<![\w-])eyJ[\w-]{4,}(?:\.[\w-]*){1,4}/g;

export const jwt: TextRule = {
  name: 'jwt',
  hint: 'eyJ',
  apply: (text) => text.replace(JWT, REDACTED),
};
