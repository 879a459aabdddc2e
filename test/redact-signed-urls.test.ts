import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeOutputs } from './helpers/every-output.js';

/**
 * Signed URLs and connection strings in Marketo error messages (a bulk export's file, a webhook's
 * target): the signature grants what the URL names, so its value must leave every output, in any
 * spelling of its name a log may hold, while the URL's harmless parts (SAS version, expiry) stay.
 * Values hold no hint word of their own ('sig', 'key'), so that only the name can reveal them.
 */
const SECRETS: Array<[message: string, value: string]> = [
  ['export file https://acme.blob.core.windows.net/exports/x.csv?sv=2021-08-06&se=2026-12-05&sp=r&s_ig=', 'Qv7aZ1m'],
  ['webhook target https://hooks.acme.example/in?si-g=', 'Qv7aZ2m'],
  ['bad field {"S.I.G":"', 'Qv7aZ3m'],
  ['presigned https://b.s3.amazonaws.com/x.csv?X-Amz-Date=20261204T101500Z&X-Amz-S_ignature=', 'Qv7aZ4m'],
  ['storage DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=', 'Qv7aZ5m'],
  ['token exchange grant_type=authorization_code&code_verifier=', 'Qv7aZ6m'],
  ['function call x-functions-key: ', 'Qv7aZ7m'],
  ['login with passcode=', 'Qv7aZ8m'],
];

function logLine(n: number, message: string): string {
  return JSON.stringify({
    level: 50,
    time: 1718006400000 + n * 250,
    pid: 4211,
    hostname: 'sync-worker-7c9f8d6b5-x2kqp',
    req: { id: n, method: 'POST', url: '/bulk/v1/leads/export/create.json' },
    res: { statusCode: 200 },
    body: { requestId: `e42b#18f9c3a10${n}`, success: false, errors: [{ code: '1003', message }] },
    msg: 'request completed',
  });
}

test('signature and key values of signed URLs and connection strings leave every output', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'signed-urls-'));
  const file = path.join(dir, 'exports.ndjson');
  const lines = SECRETS.map(([message, value], i) =>
    logLine(i + 1, `${message}${value}${/"$/.test(message) ? '"}' : ''}`),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
  const outputs = await analyzeOutputs(file, path.join(dir, 'report.json'));
  const leaks = SECRETS.flatMap(([message, value]) =>
    outputs.filter(([, out]) => out.includes(value)).map(([where]) => `${message}${value} in ${where}`),
  );
  assert.deepEqual(leaks, []);
  const json = outputs.find(([where]) => where === 'analyze json')![1];
  // The messages did reach the report (else the test proves nothing), and only the values went.
  assert.ok(json.includes('sv=2021-08-06&se=2026-12-05&sp=r&s_ig=[REDACTED]'), json);
  assert.ok(json.includes('AccountName=acme;AccountKey=[REDACTED]'), json);
});
