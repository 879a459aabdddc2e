import type { NotLog } from '../errors/not-a-log-words.js';

/**
 * Files a user may hand over instead of the log, told by their first bytes:
 * read as text they gave a report of a stray call or of none, and exit 0. Each
 * signature is long enough (or checked further) that no text log starts so.
 */
const latin1 = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const SIGNATURES: ReadonlyArray<{ kind: NotLog; at: number; bytes: readonly number[] }> = [
  { kind: 'sqlite', at: 0, bytes: latin1('SQLite format 3\0') },
  { kind: 'image', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, // PNG
  { kind: 'image', at: 0, bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { kind: 'image', at: 0, bytes: latin1('GIF89a') },
  { kind: 'image', at: 0, bytes: latin1('GIF87a') },
  { kind: 'image', at: 8, bytes: latin1('WEBP') },
  { kind: 'pcap', at: 0, bytes: [0xd4, 0xc3, 0xb2, 0xa1] }, // libpcap, little-endian
  { kind: 'pcap', at: 0, bytes: [0xa1, 0xb2, 0xc3, 0xd4] },
  { kind: 'pcap', at: 0, bytes: [0x4d, 0x3c, 0xb2, 0xa1] }, // nanosecond times
  { kind: 'pcap', at: 0, bytes: [0xa1, 0xb2, 0x3c, 0x4d] },
  { kind: 'pcap', at: 0, bytes: [0x0a, 0x0d, 0x0d, 0x0a] }, // pcapng
  { kind: 'parquet', at: 0, bytes: latin1('PAR1') },
];

// The first file of an Office Open XML or OpenDocument zip names the format.
const OFFICE_ENTRIES = ['[Content_Types].xml', 'mimetype', 'xl/', 'word/', 'ppt/', 'docProps/', '_rels/'];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

function startsWith(head: Buffer, at: number, bytes: readonly number[]): boolean {
  if (head.length < at + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (head[at + i] !== bytes[i]) return false;
  return true;
}

/** The name of a zip's first entry, when its local header is in `head`. */
function firstZipEntry(head: Buffer): string | undefined {
  if (!startsWith(head, 0, ZIP_LOCAL) || head.length < 30) return undefined;
  const length = head.readUInt16LE(26);
  return head.length < 30 + length ? undefined : head.toString('latin1', 30, 30 + length);
}

/** What kind of file that is no log `head` (an input's first bytes) opens, or undefined. */
export function notALogAs(head: Buffer): NotLog | undefined {
  for (const s of SIGNATURES) {
    // WEBP sits in a RIFF container: both marks.
    if (s.at === 8 && !startsWith(head, 0, latin1('RIFF'))) continue;
    if (startsWith(head, s.at, s.bytes)) return s.kind;
  }
  // "%PDF-" and a version digit.
  if (startsWith(head, 0, latin1('%PDF-')) && head[5]! >= 0x31 && head[5]! <= 0x39) return 'pdf';
  const entry = firstZipEntry(head);
  if (entry !== undefined && OFFICE_ENTRIES.some((name) => entry.startsWith(name))) return 'office';
  return undefined;
}
