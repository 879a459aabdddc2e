import { stripControl } from '../util/sanitize.js';

// What XML 1.0 cannot hold at all: C0 controls but tab, LF and CR, the two
// non-characters U+FFFE/U+FFFF and lone surrogates. stripControl takes the
// rest of the terminal controls out.
const XML_FORBIDDEN = String.raw`[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]`;
const LONE_HIGH_SURROGATE = String.raw`[\ud800-\udbff](?![\udc00-\udfff])`;
const LONE_LOW_SURROGATE = String.raw`(?<![\ud800-\udbff])[\udc00-\udfff]`;
const NOT_XML = new RegExp(`${XML_FORBIDDEN}|${LONE_HIGH_SURROGATE}|${LONE_LOW_SURROGATE}`, 'g');
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Log text as XML character data: entities for markup, no character XML forbids. */
export function xmlText(s: string): string {
  return stripControl(s)
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Log text as a quoted attribute value: line breaks and tabs as character references, kept through parsing. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
