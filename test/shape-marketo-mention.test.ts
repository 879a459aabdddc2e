import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawCall } from '../src/normalise/build-exchange.js';
import { type LineResult, recogniseLine } from '../src/normalise/ndjson/index.js';
import { TextExchanges } from '../src/normalise/text/text-exchanges.js';

const SRC = (line: number) => ({ file: 'app.ndjson', line });
const URL_ = 'http://284-rpr-133.mktorest.com:44415/rest/v1/leads.json';
const RATE = { code: '606', message: "Max rate limit '100' exceeded with in '20' secs" };

function calls(lines: Record<string, unknown>[]): RawCall[] {
  const t = new TextExchanges();
  const out: RawCall[] = [];
  lines.forEach((l, i) => {
    const r: LineResult = recogniseLine(l, SRC(i + 1));
    if (r.kind === 'call') out.push(...t.push(r.call));
  });
  return [...out, ...t.flush()];
}

test("an app's line with Marketo's errors[] and no body is a mention of the call before it", () => {
  const got = calls([
    { level: 'info', msg: 'undici:request:headers', method: 'POST', url: URL_, response: { statusCode: 200 } },
    { level: 'warn', msg: 'marketo call failed', method: 'POST', path: '/rest/v1/leads.json', errors: [RATE] },
  ]);
  assert.equal(got.length, 1);
  assert.deepEqual(
    [got[0]!.status, got[0]!.url, got[0]!.responseBody],
    [200, URL_, { success: false, errors: [RATE] }],
  );
});

test('skipped records logged one line each, with their reasons[], are the record failures of that call', () => {
  const reason = (code: string, message: string) => ({
    level: 'warn',
    msg: 'record skipped',
    reasons: [{ code, message }],
  });
  const got = calls([
    { level: 'info', msg: 'undici:request:headers', method: 'POST', url: URL_, response: { statusCode: 200 } },
    reason('1005', 'Lead already exists'),
    reason('1007', 'Multiple lead match lookup criteria'),
  ]);
  assert.equal(got.length, 1);
  const body = got[0]!.responseBody as { result: Array<{ reasons: Array<{ code: string }> }> };
  assert.deepEqual(
    body.result.map((r) => r.reasons[0]!.code),
    ['1005', '1007'],
  );
});

test('errors[] that are not Marketo codes, or that sit in a Marketo body, are not mentions', () => {
  const app = recogniseLine(
    { level: 'warn', msg: 'validation failed', errors: [{ code: 'E_FIELD', message: 'x' }] },
    SRC(1),
  );
  assert.equal(app.kind, 'unrecognised');
  const body = recogniseLine({ requestId: 'a4c3#18f', success: false, errors: [RATE] }, SRC(1));
  assert.ok(body.kind === 'call' && body.call.textMention === undefined);
});
