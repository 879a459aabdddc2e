import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HarScanner, type HarEnd, type HarEntryText } from '../src/input/har/scanner.js';

interface Scan {
  entries: HarEntryText[];
  end: HarEnd;
}

function scan(input: Buffer | string, chunkSize = Infinity, maxEntryBytes?: number): Scan {
  const buf = typeof input === 'string' ? Buffer.from(input) : input;
  const scanner = new HarScanner(maxEntryBytes === undefined ? {} : { maxEntryBytes });
  const entries: HarEntryText[] = [];
  const step = Math.min(chunkSize, Math.max(buf.length, 1));
  for (let i = 0; i < buf.length; i += step) entries.push(...scanner.push(buf.subarray(i, i + step)));
  return { entries, end: scanner.end() };
}

/** Feeds copies into a reused buffer, as a reader that recycles its buffer would. */
function scanReused(buf: Buffer, size: number): Scan {
  const scanner = new HarScanner();
  const entries: HarEntryText[] = [];
  const shared = Buffer.alloc(size);
  for (let i = 0; i < buf.length; i += size) {
    const n = buf.copy(shared, 0, i, i + size);
    entries.push(...scanner.push(shared.subarray(0, n)));
    shared.fill(0x41);
  }
  return { entries, end: scanner.end() };
}

const ENTRY_A = {
  startedDateTime: '2026-03-02T10:00:00.000Z',
  time: 12.5,
  request: {
    method: 'GET',
    url: 'https://123-ABC-456.mktorest.com/rest/v1/leads.json?filterType=id&filterValues=1',
    headers: [],
  },
  response: {
    status: 200,
    content: { mimeType: 'application/json', text: '{"requestId":"1#a","success":true,"result":[]}' },
  },
};
// Strings full of structure: braces, brackets, escaped quotes, a trailing backslash, "entries".
const ENTRY_B = {
  comment: 'entries',
  request: {
    method: 'POST',
    url: 'https://x.mktorest.com/rest/v1/leads.json',
    postData: { text: '{"input":[{"email":"a\\"}]@x"}]} ]]}}' },
  },
  response: { status: 200, content: { text: 'path C:\\dir\\', note: '"entries": [ {' } },
};
const ENTRY_C = {
  request: { method: 'GET', url: 'https://x.mktorest.com/rest/v1/lists.json' },
  response: { status: 606, content: { text: 'Zoë 😀 Åsa — ✓' } },
};
const ENTRIES = [ENTRY_A, ENTRY_B, ENTRY_C];

/** A HAR as different tools lay it out. */
const LAYOUTS: Record<string, string> = {
  playwright: JSON.stringify({
    log: { version: '1.2', creator: { name: 'Playwright' }, pages: [{ id: 'p', title: 'x' }], entries: ENTRIES },
  }),
  'chrome pretty': JSON.stringify(
    { log: { version: '1.2', creator: { name: 'WebInspector' }, pages: [{ id: 'page_1' }], entries: ENTRIES } },
    null,
    2,
  ),
  'firefox, pages after entries, tabs, CRLF, BOM':
    '\uFEFF' +
    JSON.stringify(
      {
        log: {
          version: '1.2',
          creator: { name: 'Firefox' },
          browser: { name: 'Firefox' },
          entries: ENTRIES,
          pages: [{ id: 'page_1', pageTimings: {} }],
        },
      },
      null,
      '\t',
    ).replace(/\n/g, '\r\n'),
  'decoys before the real array':
    '{ "entries" : [ {"root":"level"} ], "comment":"entries", ' +
    '"log" : { "creator" : { "name" : "Charles", "entries" : [ {"nested":1} ] },' +
    ' "pages":[{"entries":[{"x":"]"}]}], "count": -1.5e3, "ok": true, "none": null, ' +
    `"entries"\n:\n[\n${ENTRIES.map((e) => JSON.stringify(e)).join(' ,\n')}\n] , ` +
    '"after": [ ] } , "tail" : { "entries": [] } }\n',
};

for (const [name, text] of Object.entries(LAYOUTS)) {
  test(`yields exactly the entries of a HAR laid out as ${name}`, () => {
    const { entries, end } = scan(text);
    assert.deepEqual(end, { ok: true, entries: 3 });
    assert.deepEqual(
      entries.map((e) => JSON.parse(e.text)),
      ENTRIES,
    );
    const bytes = Buffer.from(text);
    for (const e of entries) {
      assert.equal(bytes[e.offset], 0x7b);
      assert.equal(bytes.subarray(e.offset, e.offset + Buffer.byteLength(e.text)).toString(), e.text);
      const lineOf = bytes.subarray(0, e.offset).toString().split('\n').length;
      assert.equal(e.line, lineOf);
    }
  });

  test(`gives the same result fed 1 byte, 7 bytes or a reused buffer at a time (${name})`, () => {
    const whole = scan(text);
    assert.deepEqual(scan(text, 1), whole);
    assert.deepEqual(scan(text, 7), whole);
    assert.deepEqual(scanReused(Buffer.from(text), 5), whole);
  });
}

test('entry lines count from 1 in a pretty HAR', () => {
  const { entries } = scan(LAYOUTS['chrome pretty']!);
  const lines = LAYOUTS['chrome pretty']!.split('\n');
  assert.equal(lines[entries[0]!.line - 2], '    "entries": [');
  assert.equal(lines[entries[0]!.line - 1], '      {');
  assert.ok(entries[0]!.line < entries[1]!.line && entries[1]!.line < entries[2]!.line);
});

test('multi-byte UTF-8 split at every byte boundary decodes intact', () => {
  const text = JSON.stringify({ log: { entries: [ENTRY_C] } });
  const buf = Buffer.from(text);
  const start = buf.indexOf('Zoë');
  for (let cut = start; cut < start + 20; cut++) {
    const scanner = new HarScanner();
    const got = [...scanner.push(buf.subarray(0, cut)), ...scanner.push(buf.subarray(cut))];
    assert.equal(got.length, 1);
    assert.deepEqual(JSON.parse(got[0]!.text), ENTRY_C);
    assert.ok(scanner.end().ok);
  }
});

test('an escaped quote or backslash split across chunks is read right', () => {
  const text = JSON.stringify({ log: { entries: [{ a: 'x\\', b: '\\"}', c: '\\\\\\' }, { d: 1 }] } });
  const buf = Buffer.from(text);
  for (let cut = 1; cut < buf.length; cut++) {
    const scanner = new HarScanner();
    const got = [...scanner.push(buf.subarray(0, cut)), ...scanner.push(buf.subarray(cut))];
    assert.deepEqual(
      got.map((e) => JSON.parse(e.text)),
      [{ a: 'x\\', b: '\\"}', c: '\\\\\\' }, { d: 1 }],
      `cut at ${cut}`,
    );
  } // Byte by byte, so that whole chunks are backslashes; a wrong parity shows up as stray braces.
  const tricky = [{ a: 'x\\\\', b: '}}]', c: '\\"', d: '{{' }, { e: '\\\\\\' }, { f: ']}' }];
  const one = scan(JSON.stringify({ log: { entries: tricky } }), 1);
  assert.deepEqual(
    one.entries.map((e) => JSON.parse(e.text)),
    tricky,
  );
  assert.ok(one.end.ok);
});

test('a HAR cut inside an entry yields the entries before it, then truncated at that entry', () => {
  const text = LAYOUTS['chrome pretty']!;
  const whole = scan(text).entries;
  for (const marker of ['Zoë', '"status": 606', 'lists.json', '"request"']) {
    const at = text.indexOf(marker, whole[2]!.offset);
    const cut = Buffer.from(text).subarray(0, at === -1 ? 0 : Buffer.byteLength(text.slice(0, at)));
    for (const size of [Infinity, 3]) {
      const { entries, end } = scan(cut, size);
      assert.deepEqual(entries, whole.slice(0, 2));
      assert.equal(end.ok, false);
      if (end.ok) return;
      assert.equal(end.reason, 'truncated');
      assert.equal(end.entries, 2);
      assert.equal(end.line, whole[2]!.line);
      assert.equal(end.offset, whole[2]!.offset);
    }
  }
});

test('a HAR cut after its entries but before it closes keeps all entries and says truncated', () => {
  const text = LAYOUTS['firefox, pages after entries, tabs, CRLF, BOM']!;
  const { entries, end } = scan(text.slice(0, text.indexOf('"pages"') + 12));
  assert.equal(entries.length, 3);
  assert.equal(end.ok === false && end.reason, 'truncated');
});

test('an empty file is truncated at its start', () => {
  for (const input of ['', '\uFEFF', '  \n', Buffer.from([0xef, 0xbb])]) {
    const { end } = scan(input);
    assert.equal(end.ok === false && end.reason, 'truncated');
    assert.equal(end.entries, 0);
  }
});

test('garbage instead of JSON is invalid, with the line and offset of the first bad byte', () => {
  const html = scan('\n\n<html><body>502 Bad Gateway</body></html>');
  assert.deepEqual(html.end, {
    ok: false,
    entries: 0,
    line: 3,
    offset: 2,
    reason: 'invalid',
    detail: html.end.ok ? '' : html.end.detail,
  });
  const array = scan('[{"log":{}}]').end;
  assert.equal(array.ok === false && array.reason, 'invalid');
  const brokenBom = scan(Buffer.from([0xef, 0xbb, 0x7b])).end;
  assert.equal(brokenBom.ok === false && brokenBom.reason, 'invalid');
  assert.equal(brokenBom.ok === false && brokenBom.offset, 2);
});

test('a missing comma between entries is invalid at the second entry', () => {
  const text = LAYOUTS['chrome pretty']!;
  const whole = scan(text).entries;
  const broken = Buffer.from(text);
  const comma = broken.lastIndexOf(',', whole[1]!.offset);
  broken[comma] = 0x20;
  const { entries, end } = scan(broken, 4);
  assert.equal(entries.length, 1);
  assert.equal(end.ok === false && end.reason, 'invalid');
  assert.equal(end.ok === false && end.line, whole[1]!.line);
  assert.equal(end.ok === false && end.offset, whole[1]!.offset);
});

test('damage after the entries, or bytes after the HAR, is invalid', () => {
  const damaged = scan(LAYOUTS.playwright!.replace('"pages":[', '"pages":]'));
  assert.equal(damaged.end.ok === false && damaged.end.reason, 'invalid');
  const trailing = scan(`${LAYOUTS.playwright}\n{"log":{}}`);
  assert.equal(trailing.entries.length, 3);
  assert.equal(trailing.end.ok === false && trailing.end.reason, 'invalid');
  assert.equal(trailing.end.ok === false && trailing.end.line, 2);
});

test('JSON without log.entries says so', () => {
  for (const text of [
    '{"log":{"version":"1.2","pages":[]}}',
    '{"entries":[{"a":1}],"log":{"creator":{"entries":[]}}}',
    '{"log":{"entries":null}}',
  ]) {
    const { entries, end } = scan(text);
    assert.equal(entries.length, 0);
    assert.equal(end.ok === false && end.reason, 'no-entries-array', text);
  }
});

test('an entry over maxEntryBytes is skipped and listed; the entries after it are still read', () => {
  const big = { request: { url: 'https://x.mktorest.com/rest/v1/leads.json', postData: { text: 'x'.repeat(5000) } } };
  const text = JSON.stringify({ log: { entries: [ENTRY_A, big, ENTRY_C] } }, null, 1);
  for (const size of [Infinity, 100]) {
    const scanner = new HarScanner({ maxEntryBytes: 2000 });
    const buf = Buffer.from(text);
    const step = Math.min(size, buf.length);
    const entries: HarEntryText[] = [];
    const oversized: Array<{ line: number; bytes: number }> = [];
    for (let i = 0; i < buf.length; i += step) {
      entries.push(...scanner.push(buf.subarray(i, i + step)));
      oversized.push(...scanner.takeOversized());
    }
    assert.deepEqual(scanner.end(), { ok: true, entries: 3 });
    assert.deepEqual(
      entries.map((e) => [e.entry, JSON.parse(e.text)]),
      [
        [1, ENTRY_A],
        [3, ENTRY_C],
      ],
    );
    // Elements of log.entries are indented three levels deep.
    const bigText = JSON.stringify(big, null, 1).replace(/\n/g, '\n   ');
    assert.ok(text.includes(bigText));
    assert.equal(oversized.length, 1);
    assert.equal(oversized[0]!.line, text.slice(0, text.indexOf('"postData"')).split('\n').length - 3);
    assert.equal(oversized[0]!.bytes, bigText.length);
  }
});
