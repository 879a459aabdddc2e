import { decodeText } from '../input/decode.js';
import { isJsonSpace } from '../input/json-bytes.js';
import { mayBeJson } from '../input/json-start.js';
import { lastLineCut, shrinkRecords } from '../normalise/ndjson/lite-line.js';

/** What parseJson gives for bytes that are not JSON. */
export const NOT_JSON = Symbol('not JSON');

/** Parses a line or entry with its record arrays shrunk; whole when the cut does not parse. */
export function parseJson(bytes: Buffer): unknown {
  // A failed parse throws, which costs more than a parse: text is told apart first, and parsed once.
  if (!mayBeJson(bytes)) return NOT_JSON;
  try {
    return JSON.parse(shrinkRecords(bytes));
  } catch {
    if (!lastLineCut()) return NOT_JSON;
    try {
      return JSON.parse(decodeText(bytes));
    } catch {
      return NOT_JSON;
    }
  }
}

/** The first byte that is not white space, or -1 for a blank line (skipped without a word). */
export function firstNonBlank(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) if (!isJsonSpace(bytes[i]!)) return bytes[i]!;
  return -1;
}
