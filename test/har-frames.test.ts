import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { endFrame, FRAME_ENTRY, FRAME_OVERSIZED, FrameReader, frameHeader } from '../src/input/har/har-frames.js';
import { msg } from '../src/errors/words.js';
import { analyseThreaded } from './helpers/analyse-threaded.js';
import { fixture } from './helpers/run-cli.js';

function frame(kind: number, line: number, entry: number, body: Buffer, offset: number): Buffer {
  return Buffer.concat([frameHeader(kind, line, entry, body.length, offset), body]);
}

test('frames read back the same however the stream is cut into chunks', () => {
  const entries = ['{"a":1}', '', `{"big":"${'x'.repeat(300)}"}`, '{"b":[2]}'].map((t) => Buffer.from(t));
  const stream = Buffer.concat([
    ...entries.map((e, k) => frame(FRAME_ENTRY, 10 * k + 1, k + 1, e, 1000 * k + 0.5)),
    frame(FRAME_OVERSIZED, 77, 5, Buffer.from('{"request":'), 9_000_000),
    endFrame({ ok: false, entries: 5, line: 80, offset: 123, reason: 'truncated', detail: msg('harEmpty') }),
  ]);
  const read = (chunks: Buffer[]) => {
    const reader = new FrameReader();
    const got: unknown[] = [];
    for (const chunk of chunks) {
      const out = reader.push(Buffer.from(chunk));
      for (const e of out.lines) got.push(['entry', e.text, e.line, e.entry, e.offset]);
      for (const o of out.oversized) got.push(['oversized', o.head.toString(), o.line, o.entry, o.bytes]);
    }
    return { got, end: reader.end };
  };
  const whole = read([stream]);
  assert.equal(whole.got.length, 5);
  assert.deepEqual(whole.got[2], ['entry', `{"big":"${'x'.repeat(300)}"}`, 21, 3, 2000.5]);
  assert.deepEqual(whole.got[4], ['oversized', '{"request":', 77, 5, 9_000_000]);
  assert.deepEqual(whole.end, {
    ok: false,
    entries: 5,
    line: 80,
    offset: 123,
    reason: 'truncated',
    detail: msg('harEmpty'),
  });
  for (let size = 1; size <= 40; size++) {
    const chunks: Buffer[] = [];
    for (let at = 0; at < stream.length; at += size) chunks.push(stream.subarray(at, at + size));
    assert.deepEqual(read(chunks), whole, `chunks of ${size} bytes`);
  }
});

/** Chromium's recording with its entries repeated past `bytes`, written as Chromium writes it. */
function largeHar(bytes: number): { text: string; entries: number } {
  const har = JSON.parse(readFileSync(fixture('har', 'chromium-marketo-sync.har'), 'utf8'));
  const entries = har.log.entries;
  const copies = Math.ceil(bytes / JSON.stringify(entries, null, 2).length);
  har.log.entries = Array.from({ length: copies }, () => entries).flat();
  return { text: JSON.stringify(har, null, 2), entries: har.log.entries.length };
}

test('a large HAR, whole, cut mid-entry and broken after its start: one report on a thread and on one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'har-frames-'));
  const { text } = largeHar(6 * 1024 * 1024);
  const cases: Array<[string, string]> = [
    ['whole', text],
    ['cut', text.slice(0, Math.floor(text.length * 0.6))],
    [
      'broken',
      `${text.slice(0, Math.floor(text.length * 0.4))}]]]} not json ${text.slice(Math.floor(text.length * 0.4))}`,
    ],
  ];
  for (const [name, body] of cases) {
    const path = join(dir, `${name}.har`);
    writeFileSync(path, body);
    const threaded = await analyseThreaded(path, true);
    const single = await analyseThreaded(path, false);
    assert.ok(threaded.report.totals.exchanges > 200, `${name}: ${threaded.report.totals.exchanges} calls`);
    assert.deepEqual(threaded, single, name);
  }
});

test('a large HAR with an entry over the 8 MiB cap: it is named, on a thread as on one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'har-frames-'));
  const path = join(dir, 'oversized.har');
  const har = JSON.parse(largeHar(2 * 1024 * 1024).text);
  const big = structuredClone(
    har.log.entries.find((e: { request: { url: string } }) => e.request.url.includes('mktorest')),
  );
  big.response.content = { size: 9_000_000, mimeType: 'text/plain', text: 'x'.repeat(9_000_000) };
  har.log.entries.splice(100, 0, big);
  writeFileSync(path, JSON.stringify(har, null, 2));
  const threaded = await analyseThreaded(path, true);
  const single = await analyseThreaded(path, false);
  assert.equal(threaded.report.inputs[0]!.oversized.length, 1);
  assert.equal(threaded.report.inputs[0]!.oversized[0]!.entry, 101);
  assert.deepEqual(threaded, single);
});
