import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCliInProcess } from './helpers/cli-in-process.js';

// Secrets behind an escape or a spelling the name rules did not read: each reached
// some report format before (found by hand, attacking the built tool). Each holds
// an ENCnn marker; no output may hold one.
const b64 = (s: string) => Buffer.from(s).toString('base64');
const MESSAGES: string[] = [
  'callback %61ccess_token=ENC01pct',
  String.raw`config \u0061ccess_token=ENC02uni`,
  String.raw`nested {\\u0022client_secret\\u0022:\\u0022ENC03uni\\u0022}`,
  'redirect access_token%25253DENC04triple',
  'header x-api-key%3A%20ENC05blank',
  'query access_token%20%3D%20ENC06blank',
  'headers %5B%22Authorization%22%2C%22Bearer%20ENC07q%22%5D',
  'proxy https%3A%2F%2Fsvc%3AENC08pw%40proxy.internal',
  'form access_token&#61;ENC09ent and password&#x3A; ENC10ent',
  'headers [["Cookie","sid=ENC11pair"],["Accept","*/*"]]',
  "python headers [('Cookie', 'sid=ENC12tuple')]",
  'raw headers ["Host","a.mktorest.com","X-Api-Key","ENC13flat"]',
  'escaped [\\"Authorization\\",\\"ENC14esc\\"]',
  'signed X-Amz-Security-Token=ENC15amz&X-Amz-Signature=ENC16sig',
  'azure sv=2021-08-06&sig=ENC17sas',
  'apim Ocp-Apim-Subscription-Key: ENC18apim',
  `saved state ${b64('{"access_token":"ENC19b64","expires_in":3599}')} in the cache`,
  'control access_token%00%3DENC20nul',
];
const LEAK = /ENC\d\d/g;

/** The markers in text, and in the base64 runs of JSON (`eyJ...`) it holds: those hide a marker from a plain search. */
function leaksIn(text: string): string[] {
  const decoded = (text.match(/eyJ[\w+/-]+/g) ?? []).map((run) => Buffer.from(run, 'base64').toString('latin1'));
  return [...new Set([text, ...decoded].join('\n').match(LEAK) ?? [])].sort();
}
// Words that must stay: the redaction takes the secret, not the message.
const KEPT = ['callback', 'redirect', 'raw headers', 'azure', 'saved state', 'in the cache'];

function call(n: number, url: string, body: Record<string, unknown>): string {
  const ts = new Date(Date.UTC(2026, 11, 4, 8, 0, n)).toISOString();
  return JSON.stringify({ ts, level: 'error', method: 'POST', url, status: 200, durationMs: 90, responseBody: body });
}

const HOST = 'https://284-RPR-133.mktorest.com';
const lines: string[] = [];
MESSAGES.forEach((message, i) => {
  const errors = [{ code: String(9100 + i), message }];
  // The same spelling in a message, in a path (as a client that put it in the URL) and in a requestId.
  lines.push(call(i, `${HOST}/rest/v1/leads.json`, { requestId: `e#${i}`, success: false, errors }));
  const segment = message.replace(/[ /?#]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  lines.push(call(i, `${HOST}/rest/v1/leads/${segment}.json`, { requestId: `p#${i}`, success: false, errors }));
  lines.push(call(i, `${HOST}/rest/v1/lists.json`, { requestId: message, success: false, errors }));
});

const dir = mkdtempSync(path.join(tmpdir(), 'encoded-secrets-'));
const LOG = path.join(dir, 'sync.ndjson');
writeFileSync(LOG, `${lines.join('\n')}\n`);

const FORMATS = [
  ['json'],
  ['ndjson'],
  ['csv', '--csv-rows', 'findings'],
  ['table'],
  ['markdown'],
  ['html'],
  ['junit'],
  ['sarif'],
  ['github'],
];

for (const [format, ...more] of FORMATS) {
  test(`no escaped or encoded secret reaches analyze --format ${format} ${more.join(' ')}`, async () => {
    const { code, stdout, stderr } = await runCliInProcess(['analyze', LOG, '--format', format!, ...more, '-q']);
    assert.equal(code, 0, stderr);
    assert.ok(stdout.length > 1000, 'the report is not empty');
    assert.deepEqual(leaksIn(stdout), [], 'stdout');
    assert.deepEqual(leaksIn(stderr), [], 'stderr');
  });
}

test('the calls behind the encoded secrets are all counted, and their messages keep their words', async () => {
  const { stdout } = await runCliInProcess(['analyze', LOG, '--format', 'json', '-q']);
  const report = JSON.parse(stdout) as {
    totals: { marketoCalls: number };
    levels: { response: { codes: Array<{ code: string; messages: Array<{ message: string }> }> } };
  };
  assert.equal(report.totals.marketoCalls, MESSAGES.length * 3);
  const codes = report.levels.response.codes.filter((c) => c.code.startsWith('91'));
  assert.equal(codes.length, MESSAGES.length);
  const messages = JSON.stringify(codes.map((c) => c.messages));
  for (const word of KEPT) assert.ok(messages.includes(word), `"${word}" was lost`);
});
