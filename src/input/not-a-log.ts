import type { NotLog } from '../errors/not-a-log-words.js';
import { msg, type Message } from '../errors/words.js';
import { ANY_BYTE, ANY_DIGIT, hasSignature, latin1, ZIP_LOCAL } from './magic.js';
import { packedAs, shellWord } from './packed.js';

/**
 * Files a user may hand over instead of the log, told by their first bytes:
 * read as text they gave a report of a stray call or of none, and exit 0. Each
 * signature is long enough (or checked further) that no text log starts so.
 */
const SIGNATURES: ReadonlyArray<{ kind: NotLog; bytes: readonly number[] }> = [
  { kind: 'sqlite', bytes: latin1('SQLite format 3\0') },
  { kind: 'pdf', bytes: [...latin1('%PDF-'), ANY_DIGIT] },
  { kind: 'image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, // PNG
  { kind: 'image', bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { kind: 'image', bytes: latin1('GIF89a') },
  { kind: 'image', bytes: latin1('GIF87a') },
  { kind: 'image', bytes: [...latin1('RIFF'), ANY_BYTE, ANY_BYTE, ANY_BYTE, ANY_BYTE, ...latin1('WEBP')] },
  { kind: 'pcap', bytes: [0xd4, 0xc3, 0xb2, 0xa1] }, // libpcap, little-endian
  { kind: 'pcap', bytes: [0xa1, 0xb2, 0xc3, 0xd4] },
  { kind: 'pcap', bytes: [0x4d, 0x3c, 0xb2, 0xa1] }, // nanosecond times
  { kind: 'pcap', bytes: [0xa1, 0xb2, 0x3c, 0x4d] },
  { kind: 'pcap', bytes: [0x0a, 0x0d, 0x0d, 0x0a] }, // pcapng
  { kind: 'parquet', bytes: latin1('PAR1') },
  { kind: 'journal', bytes: latin1('LPKSHHRH') }, // systemd's journal file
];

// The first file of an Office Open XML or OpenDocument zip names the format.
const OFFICE_ENTRIES = ['[Content_Types].xml', 'mimetype', 'xl/', 'word/', 'ppt/', 'docProps/', '_rels/'];

/** The name of a zip's first entry, when its local header is in `head`. */
function firstZipEntry(head: Buffer): string | undefined {
  if (!hasSignature(head, 0, ZIP_LOCAL) || head.length < 30) return undefined;
  const length = head.readUInt16LE(26);
  return head.length < 30 + length ? undefined : head.toString('latin1', 30, 30 + length);
}

/** What kind of file that is no log `head` (an input's first bytes) opens, or undefined. */
export function notALogAs(head: Buffer): NotLog | undefined {
  for (const s of SIGNATURES) if (hasSignature(head, 0, s.bytes)) return s.kind;
  const entry = firstZipEntry(head);
  if (entry !== undefined && OFFICE_ENTRIES.some((name) => entry.startsWith(name))) return 'office';
  return undefined;
}

/** Why the input `name` that opens with `head` is not read as a log (no log at all, or packed), or undefined. */
export function refusedHead(head: Buffer, name: string): Message | undefined {
  const notLog = notALogAs(head);
  if (notLog) return msg('notALog', { name, kind: notLog, file: shellWord(name) });
  const packed = packedAs(head, name);
  return packed && msg('packedInput', { name, kind: packed.kind, unpack: packed.unpack });
}
