import { decodeText } from '../input/decode.js';
import { apiKindOf, parseUrl } from './marketo-url.js';

// `"request": {` can only be a key (a quote inside a JSON string is escaped);
// its "url" comes within the first few keys in every HAR writer seen.
const REQUEST = /"request"\s*:\s*\{/g;
const URL_VALUE = /"url"\s*:\s*"((?:[^"\\]|\\.)*)"/g;

/**
 * Whether the first bytes of a HAR entry too large to parse show a request to
 * a host that is not Marketo (a video, a script bundle): such an entry is
 * counted with the other hosts, and its size takes nothing from the report.
 * Unknown (no URL in the first bytes) is not "other".
 */
export function harHeadIsOtherHost(head: Buffer): boolean {
  const text = decodeText(head);
  REQUEST.lastIndex = 0;
  if (!REQUEST.exec(text)) return false;
  URL_VALUE.lastIndex = REQUEST.lastIndex;
  const match = URL_VALUE.exec(text);
  if (!match) return false;
  let url: string;
  try {
    url = JSON.parse(`"${match[1]}"`) as string;
  } catch {
    return false;
  }
  const { host, path } = parseUrl(url);
  return host !== undefined && apiKindOf(path, host) === 'other';
}
