import { HarScanner } from './scanner.js';
import type { HarEnd, HarEntryText, HarScannerOptions } from './har-scan-types.js';

/**
 * Streams the entries of a HAR. Yields each entry's raw text (the caller
 * JSON.parses them one at a time) and returns how the file ended; problems in
 * the HAR never throw, they end up in the returned HarEnd. Stops reading as
 * soon as the file is known to be unusable. Errors of the source itself (a
 * failing read) are passed on unchanged.
 *
 *   const it = readHarEntries(fs.createReadStream(path));
 *   for (let r = await it.next(); !r.done; r = await it.next()) use(r.value);
 *   // r.value is now the HarEnd
 */
export async function* readHarEntries(
  source: AsyncIterable<Buffer | Uint8Array | string>,
  opts: HarScannerOptions = {},
): AsyncGenerator<HarEntryText, HarEnd, undefined> {
  const scanner = new HarScanner(opts);
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    yield* scanner.push(buf);
    if (scanner.failed) break;
  }
  return scanner.end();
}
