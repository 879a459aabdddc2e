import type { Packed } from '../errors/words.js';
import { ANY_DIGIT, hasSignature, ZIP_LOCAL } from './magic.js';

/**
 * Archives and compressions that are not read (gzip is), told by their first
 * bytes: read as text they gave an empty report that passed for a clean log.
 * Each comes with the command that unpacks it onto `analyze -`.
 */
const MAGIC: ReadonlyArray<{ kind: Packed; at: number; bytes: readonly number[]; unpack: (f: string) => string }> = [
  { kind: 'zip', at: 0, bytes: ZIP_LOCAL, unpack: (f) => `unzip -p ${f} | marketo-errors analyze -` },
  // "BZh", a block size digit (ANY_DIGIT), then the first block's magic (1AY&SY): text may start with "BZh".
  {
    kind: 'bzip2',
    at: 0,
    bytes: [0x42, 0x5a, 0x68, ANY_DIGIT, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59],
    unpack: (f) => `bzcat ${f} | marketo-errors analyze -`,
  },
  {
    kind: 'xz',
    at: 0,
    bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
    unpack: (f) => `xzcat ${f} | marketo-errors analyze -`,
  },
  { kind: 'zstd', at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], unpack: (f) => `zstdcat ${f} | marketo-errors analyze -` },
  { kind: '7z', at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], unpack: (f) => `7z x ${f}` },
  { kind: 'rar', at: 0, bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], unpack: (f) => `unrar x ${f}` },
  {
    kind: 'tar',
    at: 257,
    bytes: [0x75, 0x73, 0x74, 0x61, 0x72],
    unpack: (f) => `tar -xOf ${f} | marketo-errors analyze -`,
  },
];

/** What `head` (an input's first decompressed bytes) is packed as, with how to unpack `name`; undefined for text. */
export function packedAs(head: Buffer, name: string): { kind: Packed; unpack: string } | undefined {
  for (const m of MAGIC) {
    if (hasSignature(head, m.at, m.bytes)) return { kind: m.kind, unpack: m.unpack(shellWord(name)) };
  }
  return undefined;
}

/** The name as one shell word for the command shown; FILE for standard input. */
export function shellWord(name: string): string {
  if (name === '<stdin>') return 'FILE';
  return /^[\w./@%+=:,-]+$/.test(name) ? name : `'${name.replaceAll("'", "'\\''")}'`;
}
