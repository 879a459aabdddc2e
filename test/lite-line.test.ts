import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shrinkRecords } from '../src/normalise/ndjson/lite-line.js';

const withoutRecords = (text: string): string => shrinkRecords(Buffer.from(text, 'utf8'));

const records = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ email: `lead${i}@example.com`, firstName: 'Ana', company: 'Acme' }));
const body = {
  requestId: 'a1#b2',
  result: [
    { id: 1, status: 'updated', tags: [1, 2] },
    { id: 2, status: 'created' },
  ],
  success: true,
};

/** A cut line parses to the original with result emptied and input replaced by one number per record. */
function assertShrunk(original: unknown, lite: unknown, inputLength: number): void {
  const o = original as { responseBody: Record<string, unknown>; requestBody: { action: string; input: unknown[] } };
  const l = lite as typeof o;
  assert.deepEqual(l.responseBody, { ...o.responseBody, result: [] });
  assert.equal(l.requestBody.action, o.requestBody.action);
  assert.equal(l.requestBody.input.length, inputLength);
  assert.ok(
    l.requestBody.input.every((v) => typeof v === 'number'),
    'no record data survives',
  );
}

test('plain JSON: result emptied, input shrunk to one number per record, the rest intact', () => {
  const original = {
    time: 't',
    url: '/rest/v1/leads.json',
    status: 200,
    requestBody: { action: 'createOnly', input: records(300) },
    responseBody: body,
  };
  const line = JSON.stringify(original);
  const lite = withoutRecords(line);
  assert.ok(lite.length < line.length / 10);
  assertShrunk(original, JSON.parse(lite), 300);
});

test('JSON inside a JSON string (log shippers) is shrunk the same way', () => {
  const inner = { requestBody: { action: 'createOrUpdate', input: records(400) }, responseBody: body };
  const line = JSON.stringify({ date: 'd', status: 'info', message: JSON.stringify(inner) });
  const lite = withoutRecords(line);
  assertShrunk(inner, JSON.parse(JSON.parse(lite).message), 400);
});

test('small batches shrink to one number: only a batch that could pass 300 records is counted', () => {
  const original = { requestBody: { action: 'createOnly', input: records(7) }, responseBody: body };
  assertShrunk(original, JSON.parse(withoutRecords(JSON.stringify(original))), 1);
});

test('arrays of records that hold arrays (activities) are cut too, plain and escaped', () => {
  const activities = {
    requestBody: { action: 'createOnly', input: [{ email: 'a@b.c', tags: ['x', 'y'] }] },
    responseBody: {
      requestId: 'r#1',
      result: [
        { id: 1, attributes: [{ name: 'Source', value: 'API' }] },
        { id: 2, attributes: [] },
      ],
      success: true,
    },
  };
  assertShrunk(activities, JSON.parse(withoutRecords(JSON.stringify(activities))), 1);
  const escaped = JSON.parse(
    JSON.parse(withoutRecords(JSON.stringify({ message: JSON.stringify(activities) }))).message,
  );
  assertShrunk(activities, escaped, 1);
});

test('brackets, quotes and backslashes in string values: the line is cut right or kept whole, never wrong', () => {
  const tricky = {
    requestBody: {
      action: 'createOnly',
      input: [{ company: 'Acme [EU', tags: ['a]', '[b', 'say "hi" \\ ]'] }, { company: 'x]' }],
    },
    responseBody: {
      requestId: 'r#1',
      result: [{ id: 1, attributes: [{ name: 'Source', value: '[API' }] }],
      success: true,
    },
  };
  for (const line of [JSON.stringify(tricky), JSON.stringify({ message: JSON.stringify(tricky) })]) {
    const lite = withoutRecords(line);
    if (lite === line) continue;
    const outer = JSON.parse(lite);
    const parsed = 'message' in outer ? JSON.parse(outer.message) : outer;
    assertShrunk(tricky, parsed, 1);
  }
});

test('different batches keep different placeholders (retries stay recognisable), equal batches equal ones', () => {
  const a = withoutRecords(JSON.stringify({ requestBody: { input: records(3) } }));
  const b = withoutRecords(JSON.stringify({ requestBody: { input: records(3).reverse() } }));
  const a2 = withoutRecords(JSON.stringify({ requestBody: { input: records(3) } }));
  assert.notEqual(a, b);
  assert.equal(a, a2);
});

test('lines with reasons, lines without arrays, and unbalanced lines are left whole', () => {
  const failing = JSON.stringify({
    responseBody: {
      success: true,
      result: [{ status: 'skipped', reasons: [{ code: '1005', message: 'Lead already exists' }] }],
    },
  });
  assert.equal(withoutRecords(failing), failing);
  const plain = '{"level":30,"msg":"hello [world]"}';
  assert.equal(withoutRecords(plain), plain);
  const broken = '{"responseBody":{"success":true,"result":[{"id":1},{"id":2';
  assert.equal(withoutRecords(broken), broken);
});

test('a bracket inside a string value never yields a wrong parse: the cut is refused or fails to parse', () => {
  const original = {
    requestBody: { input: [{ company: 'Acme [EU' }, { company: 'x' }] },
    responseBody: { result: [{ note: 'a]' }], success: true, requestId: 'r#1' },
  };
  const line = JSON.stringify(original);
  const lite = withoutRecords(line);
  let parsed: unknown;
  try {
    parsed = JSON.parse(lite);
  } catch {
    return; // the caller parses the whole line
  }
  const p = parsed as typeof original;
  assert.equal(p.responseBody.success, true);
  assert.equal(p.responseBody.requestId, 'r#1');
});

test('result[] stays whole when a record holds reasons[] (plain, escaped, spaced); the word in a text is cut', () => {
  const skipped = { status: 'skipped', reasons: [{ code: '1004', message: 'Lead not found' }] };
  const body = { requestId: 'r#2', success: true, result: [{ id: 1, status: 'updated' }, skipped] };
  const plain = JSON.stringify({ responseBody: body });
  assert.equal(withoutRecords(plain), plain);
  const escaped = JSON.stringify({ message: JSON.stringify(body) });
  assert.equal(withoutRecords(escaped), escaped);
  const spaced = plain.replace('"reasons":[', '"reasons" :[');
  assert.equal(withoutRecords(spaced), spaced);
  const noted = JSON.stringify({
    responseBody: { success: true, result: [{ id: 1, note: 'no reasons given', tags: ['a'] }], requestId: 'r#3' },
  });
  assert.deepEqual(JSON.parse(withoutRecords(noted)).responseBody.result, []);
});

test('a line with thousands of cut arrays and a tab before them is searched in linear time', () => {
  // Bytes memchr looks at, from each search's start to what it finds (or the line's end).
  const original = Buffer.prototype.indexOf;
  let scanned = 0;
  Buffer.prototype.indexOf = function (this: Buffer, value: never, from?: never, encoding?: never) {
    const at = original.call(this, value, from, encoding);
    scanned += (at === -1 ? this.length : at) - (typeof from === 'number' ? from : 0);
    return at;
  } as typeof original;
  try {
    const line = Buffer.from(`{\t${'"a":{"input":[{"x":1}]},'.repeat(20_000)}"z":0}`);
    const lite = shrinkRecords(line);
    assert.ok(!lite.includes('"x"'), 'every array was cut');
    assert.ok(scanned < 20 * line.length, `${scanned} bytes searched for a line of ${line.length}`);
  } finally {
    Buffer.prototype.indexOf = original;
  }
});
