import { decodeText } from '../decode.js';
import type { HarEntryText } from './har-scan-types.js';

/** An entry's bytes, decoded only when someone reads `text` (the analyzer shrinks them first). */
export function entryText(bytes: Buffer, line: number, offset: number, entry: number): HarEntryText {
  let text: string | undefined;
  return {
    bytes,
    line,
    offset,
    entry,
    get text(): string {
      return (text ??= decodeText(bytes));
    },
  };
}
