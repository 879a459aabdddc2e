import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { detectEncoding, toUtf8 } from '../src/input/text-encoding.js';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// UTF-16 and UTF-32, with or without a byte-order mark, are told apart by the
// pattern of NUL bytes that ASCII text leaves in them, and read as UTF-8.

const TEXT = '{"msg":"Fält saknas 🙂","n":1}\n{"b":"ö"}\n';

function utf32(text: string, le: boolean, bom: boolean): Buffer {
  const points = [...((bom ? '\uFEFF' : '') + text)].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  for (const [i, p] of points.entries()) {
    if (le) out.writeUInt32LE(p, i * 4);
    else out.writeUInt32BE(p, i * 4);
  }
  return out;
}

function utf16(text: string, le: boolean, bom: boolean): Buffer {
  const out = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (!le) out.swap16();
  return out;
}

const CASES: Array<[string, Buffer, string | undefined]> = [
  ['UTF-8', Buffer.from(TEXT), undefined],
  ['UTF-16LE with BOM', utf16(TEXT, true, true), 'utf-16le'],
  ['UTF-16BE with BOM', utf16(TEXT, false, true), 'utf-16be'],
  ['UTF-16LE without BOM', utf16(TEXT, true, false), 'utf-16le'],
  ['UTF-16BE without BOM', utf16(TEXT, false, false), 'utf-16be'],
  ['UTF-32LE with BOM', utf32(TEXT, true, true), 'utf-32le'],
  ['UTF-32BE with BOM', utf32(TEXT, false, true), 'utf-32be'],
  ['UTF-32LE without BOM', utf32(TEXT, true, false), 'utf-32le'],
  ['UTF-32BE without BOM', utf32(TEXT, false, false), 'utf-32be'],
];

async function decodeAll(bytes: Buffer, encoding: string, size: number): Promise<string> {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  const out: Buffer[] = [];
  for await (const c of toUtf8(chunks(), encoding as never)) out.push(c);
  return Buffer.concat(out).toString('utf8');
}

test('detectEncoding names each encoding from its first bytes', () => {
  for (const [name, bytes, encoding] of CASES) assert.equal(detectEncoding(bytes), encoding, name);
});

test('UTF-8 with a few NUL bytes, or binary noise, is not taken for UTF-16 or UTF-32', () => {
  assert.equal(detectEncoding(Buffer.from('{"a":"\u0000"}\n{"b":1}\n{"c":2}\n')), undefined);
  assert.equal(detectEncoding(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00])), undefined);
  assert.equal(detectEncoding(Buffer.alloc(64)), undefined);
});

test('toUtf8 gives the same text whatever the chunking, characters split across chunks included', async () => {
  for (const [name, bytes, encoding] of CASES) {
    if (!encoding) continue;
    for (const size of [1, 3, 5, 4096])
      assert.equal(await decodeAll(bytes, encoding, size), TEXT, `${name} in chunks of ${size}`);
  }
});

test('UTF-32 code units that are no character become U+FFFD, and a cut last unit is dropped', async () => {
  const bad = Buffer.concat([
    utf32('{"a":"', true, false),
    Buffer.from([0x00, 0xd8, 0x00, 0x00, 0xff, 0xff, 0xff, 0x7f]),
    utf32('"}\n', true, false),
    Buffer.from([0x41, 0x00]),
  ]);
  assert.equal(await decodeAll(bad, 'utf-32le', 3), '{"a":"\uFFFD\uFFFD"}\n\uFFFD');
});

test('CLI: UTF-16 without a BOM and UTF-32 (plain and gzipped) give the same report as UTF-8', async () => {
  const flat = readFileSync(fixture('ndjson', 'flat-client.ndjson'), 'utf8');
  const base = await runCliInProcess(['analyze', '--format', 'json', '--quiet'], flat);
  const totals = (JSON.parse(base.stdout) as { totals: unknown }).totals;
  for (const [name, bytes] of [
    ['UTF-16LE without BOM', utf16(flat, true, false)],
    ['UTF-32LE with BOM', utf32(flat, true, true)],
    ['gzipped UTF-32BE without BOM', gzipSync(utf32(flat, false, false))],
  ] as const) {
    const { code, stdout, stderr } = await runCliInProcess(['analyze', '--format', 'json', '--quiet'], bytes);
    assert.equal(code, 0, `${name}: ${stderr}`);
    assert.deepEqual((JSON.parse(stdout) as { totals: unknown }).totals, totals, name);
  }
});
