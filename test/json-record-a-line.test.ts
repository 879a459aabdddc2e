import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sniffFormat } from '../src/input/source.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// An API's list answer saved as it came, one record a line: Azure's `{"value":[` (Logic Apps run history with
// inputs and outputs), Elasticsearch's `{"took":5,"hits":{"hits":[`. Its first line is no JSON value by itself.

const URL = 'https://123-abc-456.mktorest.com/rest/v1/leads.json';
const action = (id: string, status: number, body: unknown) => ({
  inputs: { method: 'POST', uri: URL, headers: { Authorization: 'Bearer 5f2b6c1e-7a4d-4e0b-9c3a-fa4e0000c0de:ab' } },
  outputs: { statusCode: status, body },
  startTime: '2026-12-04T10:00:01.1234567Z',
  endTime: '2026-12-04T10:00:01.9876543Z',
  clientTrackingId: id,
});
const ok = (id: string) => ({ requestId: id, success: true, result: [{ id: 1, status: 'updated' }] });
const failed606 = { requestId: 'b2#2', success: false, errors: [{ code: '606', message: 'Max rate limit' }] };

test('a first line that leaves an object or array open makes the input one JSON document', () => {
  assert.equal(sniffFormat(Buffer.from('{"value":[\n{"a":1},\n{"a":2}\n]}\n')), 'json');
  assert.equal(sniffFormat(Buffer.from('{"took":5,"hits":{"hits":[\n{"_id":"1"}\n]}}\n')), 'json');
  assert.equal(sniffFormat(Buffer.from('{"took":5,\n"hits":[]}\n')), 'json');
  // NDJSON lines close on their own line, even when a value holds brackets.
  assert.equal(sniffFormat(Buffer.from('{"msg":"a [b","x":[1]}\n{"msg":"c"}\n')), 'ndjson');
});

test('Logic Apps actions one a line in {"value":[...]}: every call is read, no line is malformed', async () => {
  const lines = [
    action('a', 200, ok('a1#1')),
    action('b', 200, failed606),
    action('c', 413, '<html><body>413 Request Entity Too Large</body></html>'),
  ].map((a) => JSON.stringify(a));
  const dir = mkdtempSync(path.join(tmpdir(), 'me-json-'));
  const file = path.join(dir, 'runs.json');
  writeFileSync(file, `{"value":[\n${lines.join(',\n')}\n]}\n`);
  const run = await runCliInProcess(['analyze', file, '--format', 'json']);
  const report = JSON.parse(run.stdout);
  assert.equal(report.totals.marketoCalls, 3, run.stderr);
  assert.equal(report.totals.malformed, 0);
  assert.deepEqual(report.totals.findings, { http: 1, response: 1, record: 0 });
  assert.doesNotMatch(run.stdout, /fa4e0000c0de/);
});
