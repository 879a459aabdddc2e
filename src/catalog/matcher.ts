import type { CatalogEntry } from './types.js';
import { findEntry } from './lookup.js';

export interface MessageMatch {
  /** The catalog template that matched. */
  template: string;
  /** The values that stood in for each %s, without their quotes. */
  params: string[];
}

// Quotes Marketo and the tools in between use interchangeably: straight, curly, backtick.
const QUOTE_CHARS = `'"\`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00B4`;
const QUOTE_CLASS = `[${QUOTE_CHARS}]`;
// Quotes, and separators a sloppier variant of the template left next to the value.
const EDGE_NOISE = new RegExp(`^[\\s,;:${QUOTE_CHARS}]+|[\\s,;:${QUOTE_CHARS}]+$`, 'gu');
const TRAILING_PUNCTUATION = /[\s.!?;:,]+$/u;

// A value starts and ends with a non-space, so a space alone never passes for a value.
const PLACEHOLDER = '(\\S(?:.*?\\S)?)';

const compiled = new Map<string, RegExp>();

/** Turns one literal run of a template into a lenient pattern. */
function literalPattern(text: string): string {
  let out = '';
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      // One space in the template stands for any run, including none ("with in" / "within").
      if (!out.endsWith('\\s*')) out += '\\s*';
    } else if (QUOTE_CHARS.includes(ch)) {
      out += `${QUOTE_CLASS}?`;
    } else if (/[.,;:!]/u.test(ch)) {
      out += `${ch === '.' ? '\\.' : ch}?`;
    } else {
      out += ch.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
    }
  }
  return out;
}

/** Compiles a template once; later calls come from the cache. */
export function compileTemplate(template: string): RegExp {
  let re = compiled.get(template);
  if (re) return re;
  const core = template.trim().replace(TRAILING_PUNCTUATION, '');
  const pattern = core.split('%s').map(literalPattern).join(PLACEHOLDER);
  re = new RegExp(`^\\s*${pattern}[\\s.!?;:,]*$`, 'iu');
  compiled.set(template, re);
  return re;
}

function cleanParam(value: string): string {
  return value.replace(EDGE_NOISE, '');
}

/** Which of the entry's templates the message is, and the values of its placeholders. */
export function matchMessage(entry: CatalogEntry, message: string): MessageMatch | null {
  if (typeof message !== 'string' || message.length === 0) return null;
  for (const template of entry.messages) {
    const m = compileTemplate(template).exec(message);
    if (m) return { template, params: m.slice(1).map((v) => cleanParam(v ?? '')) };
  }
  return null;
}

/** The placeholder values of a message for a code; [] when the code or message is unknown. */
export function captureParams(code: string | number, message: string): string[] {
  const entry = findEntry(code);
  if (!entry) return [];
  return matchMessage(entry, message)?.params ?? [];
}
