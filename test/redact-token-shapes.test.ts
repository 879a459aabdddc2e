import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REDACTED, redactText } from '../src/redact/index.js';
import { analyzeOutputs } from './helpers/every-output.js';

// Keys whose issuers give them a fixed prefix, so that they are found with no name before them
// (a Google Maps call's `?key=`, a token pasted in a message). Made up, in each issuer's format.
const GOOGLE = `AIza${'Sy9kQ2x7Vb3nM1pL0wZr8tYc6uHj4dFgE5a'.slice(0, 35)}`;
const GITHUB = `ghp_${'R7kq2Mx9Vb3nL1pW0zT8yC6uJ4dF5gH2aS7e'.slice(0, 36)}`;
const SLACK = 'xoxb-2048-4096-Qx7vTz2LmN9pR4sW8yB3cF6h';
const STRIPE = 'sk_live_51Hq2Mx9Vb3nL1pW0zT8yC6uJ';
const KEYS = [GOOGLE, GITHUB, SLACK, STRIPE];

test('keys known by their prefix go wherever they stand; look-alikes stay', () => {
  for (const key of KEYS) {
    assert.equal(redactText(`geocode failed for key ${key} (quota)`), `geocode failed for key ${REDACTED} (quota)`);
    assert.equal(redactText(`https://maps.example/geo?k=${key}&x=1`), `https://maps.example/geo?k=${REDACTED}&x=1`);
  }
  // Too short, or the prefix inside a longer word: not a key.
  for (const text of ['AIzaShort', 'the highway ghp_x', 'xoxb-1', 'risk_live_fine', `MAIza${GOOGLE.slice(4)}`])
    assert.equal(redactText(text), text);
});

test('keys known by their prefix leave every output', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'token-shapes-'));
  const file = path.join(dir, 'sync.ndjson');
  const lines = KEYS.map((key, i) =>
    JSON.stringify({
      level: 50,
      time: 1718006400000 + i * 250,
      req: { method: 'POST', url: '/rest/v1/leads.json' },
      res: { statusCode: 200 },
      body: {
        requestId: `e42b#18f9c3a10${i}`,
        success: false,
        errors: [{ code: '1003', message: `Enrichment call failed (${key})` }],
      },
    }),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
  const outputs = await analyzeOutputs(file, path.join(dir, 'report.json'));
  const leaks = KEYS.flatMap((key) =>
    outputs.filter(([, out]) => out.includes(key)).map(([where]) => `${key} in ${where}`),
  );
  assert.deepEqual(leaks, []);
  assert.ok(outputs[0]![1].includes(`Enrichment call failed (${REDACTED})`), outputs[0]![1]);
});
