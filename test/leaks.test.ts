import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

// Every spelling of a secret that issue #10 found in reports, one per failing
// call. Each secret holds a LEAKnn marker; no output may hold any marker.
const MESSAGES: string[] = [
  'upstream rejected Authorization: Token LEAK01tok9 for this call',
  'proxy said Proxy-Authorization: Digest username="svc", realm="mkto", response="LEAK02dig7"',
  'retry with bearer LEAK03abc9xyz',
  'header was Bearer abc123:LEAK04rest',
  'sent Cookie: sid=LEAK05ck1; theme=dark and got 401',
  'got Set-Cookie: BIGipServer=LEAK06ck2; Path=/; HttpOnly',
  "request { headers: { cookie: 'sid=LEAK07ck3' } }",
  "response { 'set-cookie': [ 'sid=LEAK08ck4; Path=/', 'lb=LEAK09ck5' ] }",
  'token refresh failed access_token: LEAK10tok',
  'config client_secret: LEAK11sec',
  'login password: LEAK12pw! rejected',
  'callback access_token%3DLEAK14enc%26x%3D1',
  'payload=%7B%22access_token%22%3A%22LEAK15enc%22%7D',
  JSON.stringify({ outer: JSON.stringify({ inner: JSON.stringify({ access_token: 'LEAK16deep' }) }) }),
  "{'access_token': u'LEAK17py', 'expires_in': 3599}",
  'proxy https://svc:LEAK18pw@proxy.internal:8080 refused',
  'sdk clientSecret=LEAK19cs',
  'sdk access-token=LEAK20at',
  'body {"secret": "LEAK21s"}',
  'body {"token": "LEAK22t"}',
  'headers x-api-key: LEAK23k',
  'query api-key=LEAK24k',
  'oidc id_token: LEAK25id',
  'ldap passwd: LEAK26pw',
  'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.LEAK27jwtsig was refused',
  // One word each, so that the only mark a rule looks for (redact/rule.ts) is the one in the secret,
  // and names whose hint word is split by separators (normaliseName strips them).
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.LEAK44jwt',
  'Bearer+LEAK45plus9',
  'Bearer%20LEAK46enc9',
  'Bearer\tLEAK47tab9',
  'access_token%3DLEAK48enc',
  'pa-ss-word=LEAK49sep',
  'to_ken:LEAK50sep',
  '{"a.p.i.k.e.y":"LEAK51sep"}',
];
const LEAK = /LEAK\d\d/g;

function call(
  n: number,
  body: Record<string, unknown>,
  url = 'https://284-RPR-133.mktorest.com/rest/v1/leads.json',
): string {
  const ts = new Date(Date.UTC(2024, 5, 10, 8, 0, n)).toISOString();
  return JSON.stringify({ ts, level: 'error', method: 'POST', url, status: 200, durationMs: 120, responseBody: body });
}

function leakyLog(): string {
  const lines = MESSAGES.map((message, i) =>
    call(i, { requestId: `a1b2#${i}`, success: false, errors: [{ code: String(9001 + i), message }] }),
  );
  lines.push(
    call(40, {
      requestId: 'w#1',
      success: true,
      result: [],
      warnings: ['access_token: LEAK13warn passed in the query'],
    }),
    call(
      41,
      { requestId: 'p#1', success: false, errors: [{ code: '610', message: 'Requested resource not found' }] },
      'https://284-RPR-133.mktorest.com/rest/v1/leads.json;jsessionid=LEAK28js?filterType=id',
    ),
    call(42, {
      requestId: 'access-token=LEAK29rid',
      success: false,
      errors: [{ code: '1003', message: 'Invalid value' }],
    }),
    JSON.stringify({
      ts: '2024-06-10T08:01:00.000Z',
      method: 'POST',
      url: 'https://284-RPR-133.mktorest.com/rest/v1/leads.json',
      status: 200,
      requestBody: { action: 'createOnly', input: [{ email: 'bearer LEAK31rk99' }] },
      responseBody: {
        requestId: 'r#1',
        success: true,
        result: [{ status: 'skipped', reasons: [{ code: '1005', message: 'Lead already exists' }] }],
      },
    }),
    'not json, so stderr names the file',
  );
  return lines.join('\n') + '\n';
}

const dir = mkdtempSync(path.join(tmpdir(), 'leaks-'));
// The file name itself holds a secret (LEAK30): it reaches labels, inputs and stderr.
const LOG = path.join(dir, 'access_token=LEAK30fn.ndjson');
writeFileSync(LOG, leakyLog());

const FORMATS = [
  ['--format', 'json'],
  ['--format', 'csv'],
  ['--format', 'csv', '--csv-rows', 'findings'],
  ['--format', 'markdown'],
  ['--format', 'html'],
  ['--format', 'table', '--show-records'],
  ['--format', 'json', '--show-records'],
];

function leaksIn(text: string): string[] {
  return [...new Set(text.match(LEAK) ?? [])].sort();
}

test('the leaky log reaches the report: every call is counted and its context kept', async () => {
  const { stdout } = await runCliInProcess(['analyze', LOG, '--format', 'json', '--quiet']);
  const report = JSON.parse(stdout) as {
    levels: Record<string, { codes: Array<{ code: string; messages: Array<{ message: string }> }> }>;
  };
  const codes = report.levels.response!.codes;
  assert.equal(codes.filter((c) => c.code.startsWith('90')).length, MESSAGES.length);
  const all = JSON.stringify(codes);
  for (const context of ['upstream rejected', 'retry with', 'proxy https://', 'ldap passwd', 'jwt ']) {
    assert.ok(all.includes(context), `context "${context}" was lost`);
  }
});

for (const args of FORMATS) {
  test(`no spelling of a secret reaches analyze ${args.join(' ')} (stdout and stderr)`, async () => {
    const { stdout, stderr } = await runCliInProcess(['analyze', LOG, ...args]);
    assert.ok(stdout.length > 500, 'the report is not empty');
    assert.deepEqual(leaksIn(stdout), [], 'stdout');
    assert.deepEqual(leaksIn(stderr), [], 'stderr');
  });
}

test('no spelling of a secret reaches merge output', async () => {
  const json = path.join(dir, 'part.json');
  await runCliInProcess(['analyze', LOG, '--format', 'json', '--quiet', '-o', json]);
  for (const format of ['json', 'table', 'markdown', 'html', 'csv']) {
    const { stdout, stderr } = await runCliInProcess(['merge', json, '--format', format]);
    assert.ok(stdout.length > 500, `merge ${format} is not empty`);
    assert.deepEqual(leaksIn(stdout + stderr), [], `merge ${format}`);
  }
});

test('merge redacts a report edited by hand: a secret in a message, an endpoint or an input name', async () => {
  const report = JSON.parse(readFileSync(fixture('reports', 'mixed-sync-run.json'), 'utf8')) as {
    inputs: Array<{ name: string }>;
    levels: Record<
      string,
      { codes: Array<{ messages: Array<{ message: string }>; endpoints: Array<{ endpoint: string }> }> }
    >;
  };
  const code = report.levels.response!.codes[0]!;
  code.messages[0]!.message = 'edited Authorization: Bearer LEAK40edit';
  code.endpoints[0]!.endpoint = '/rest/v1/leads.json;jsessionid=LEAK41edit';
  report.inputs[0]!.name = 'logs/client_secret=LEAK42edit.ndjson';
  const edited = path.join(dir, 'edited.json');
  writeFileSync(edited, JSON.stringify(report));
  for (const format of ['json', 'markdown', 'csv']) {
    const { code: exit, stdout, stderr } = await runCliInProcess(['merge', edited, '--format', format]);
    assert.equal(exit, 0, stderr);
    assert.ok(stdout.includes('edited Authorization'), 'the edited message is in the report');
    assert.deepEqual(leaksIn(stdout + stderr), [], `merge ${format}`);
  }
});
