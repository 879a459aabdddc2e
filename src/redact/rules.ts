import { authScheme } from './auth-scheme.js';
import { jwt } from './jwt.js';
import { keyedValue } from './keyed-value.js';
import { quotedPair } from './quoted-pair.js';
import type { TextRule } from './rule.js';
import { tokenPrefix } from './token-prefix.js';
import { urlUserinfo } from './url-userinfo.js';

/** Every rule, applied in this order: secrets by the name before them first, then by their shape. */
export const TEXT_RULES: readonly TextRule[] = [keyedValue, quotedPair, authScheme, jwt, tokenPrefix, urlUserinfo];
