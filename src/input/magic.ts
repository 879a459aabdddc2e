/** The first bytes that tell a file's format (packed.ts, not-a-log.ts). */

/** In a signature: any digit 1-9 (bzip2's block size, a PDF's major version). */
export const ANY_DIGIT = -1;
/** In a signature: any byte (a RIFF container's size). */
export const ANY_BYTE = -2;

/** A signature written as text, one byte per character. */
export const latin1 = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The two bytes every gzip member opens with. */
export const GZIP = [0x1f, 0x8b];

/** Whether `head` opens a gzip stream. */
export const isGzip = (head: Uint8Array): boolean => hasSignature(head, 0, GZIP);

/** The local file header every zip archive opens with. */
export const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

/** Whether `head` holds the signature `bytes` at offset `at`. */
export function hasSignature(head: Uint8Array, at: number, bytes: readonly number[]): boolean {
  if (head.length < at + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) {
    const b = head[at + i]!;
    const want = bytes[i]!;
    if (want === ANY_BYTE) continue;
    if (want === ANY_DIGIT ? b < 0x31 || b > 0x39 : b !== want) return false;
  }
  return true;
}
