/**
 * Text that is not UTF-8: Windows PowerShell's `>` writes UTF-16, some tools
 * UTF-32, with or without a byte-order mark. Told apart by the NUL bytes that
 * mostly-ASCII text (every JSON log) leaves in them, and turned into UTF-8.
 */
export type TextEncoding = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** How many code units are looked at, and what share must show the NUL pattern. */
const SAMPLE_UNITS = 64;
const MIN_UNITS = 4;
const MIN_SHARE = 0.9;

export function detectEncoding(head: Buffer): TextEncoding | undefined {
  const [a, b, c, d] = head;
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return 'utf-32le';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  // An ASCII character is one non-NUL byte among NULs: where it sits gives the encoding.
  if (share(head, 4, 0) >= MIN_SHARE) return 'utf-32le';
  if (share(head, 4, 3) >= MIN_SHARE) return 'utf-32be';
  if (share(head, 2, 0) >= MIN_SHARE) return 'utf-16le';
  if (share(head, 2, 1) >= MIN_SHARE) return 'utf-16be';
  return undefined;
}

/** Share of the first code units of `width` bytes whose only non-NUL byte is at `at`. */
function share(head: Buffer, width: number, at: number): number {
  const units = Math.min(SAMPLE_UNITS, Math.floor(head.length / width));
  if (units < MIN_UNITS) return 0;
  let hits = 0;
  for (let u = 0; u < units; u++) {
    let ok = true;
    for (let k = 0; k < width && ok; k++) ok = (head[u * width + k] !== 0) === (k === at);
    if (ok) hits++;
  }
  return hits / units;
}

/** Decoded text of the first bytes, for sniffing the format. */
export function decodeHead(head: Buffer, encoding: TextEncoding): Buffer {
  const decoder = textDecoder(encoding);
  return Buffer.from(decoder.decode(head, { stream: true }), 'utf8');
}

/** The chunks as UTF-8; the byte-order mark is dropped and characters split across chunks are kept whole. */
export async function* toUtf8(chunks: AsyncIterable<Buffer>, encoding: TextEncoding): AsyncGenerator<Buffer> {
  const decoder = textDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield Buffer.from(rest, 'utf8');
}

interface Decoder {
  decode(chunk?: Buffer, opts?: { stream: boolean }): string;
}

function textDecoder(encoding: TextEncoding): Decoder {
  return encoding === 'utf-32le' || encoding === 'utf-32be'
    ? new Utf32Decoder(encoding === 'utf-32le')
    : new TextDecoder(encoding);
}

/** Node's TextDecoder has no UTF-32: four bytes per code point, U+FFFD for any that is not a character. */
class Utf32Decoder implements Decoder {
  private readonly le: boolean;
  private carry = Buffer.alloc(0);
  private first = true;

  constructor(le: boolean) {
    this.le = le;
  }

  decode(chunk: Buffer = Buffer.alloc(0), opts: { stream: boolean } = { stream: false }): string {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const whole = bytes.length - (bytes.length % 4);
    // UTF-16 code units, written as a Buffer and decoded once: no string grows per character.
    const units = Buffer.allocUnsafe(whole * 2);
    let n = 0;
    for (let i = 0; i < whole; i += 4) {
      let cp = this.le ? bytes.readUInt32LE(i) : bytes.readUInt32BE(i);
      if (this.first) {
        this.first = false;
        if (cp === 0xfeff) continue;
      }
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
      if (cp >= 0x10000) {
        cp -= 0x10000;
        n = units.writeUInt16LE(0xd800 + (cp >> 10), n);
        n = units.writeUInt16LE(0xdc00 + (cp & 0x3ff), n);
      } else n = units.writeUInt16LE(cp, n);
    }
    this.carry = Buffer.from(bytes.subarray(whole));
    let text = units.toString('utf16le', 0, n);
    if (!opts.stream && this.carry.length > 0) {
      this.carry = Buffer.alloc(0);
      text += '\uFFFD';
    }
    return text;
  }
}
