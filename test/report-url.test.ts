import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REDACTED, reportText, reportUrl } from '../src/redact/index.js';
import { mulberry32, pick, spelling } from './helpers/plant-secrets.js';

// Parts before the query: plain ones (split off and remembered) and every kind that must not be split:
// a hint of a secret, a quote or bracket that opens a value, %, &, a backslash, a control sequence.
const PREFIXES = [
  'https://284-RPR-133.mktorest.com/rest/v1/leads.json',
  'https://284-rpr-133.mktorest.com/rest/v1/lists/1234/leads.json',
  '/rest/v1/activities.json',
  'http://127.0.0.1:8080/bulk/v1/leads/export/create.json',
  'https://284-RPR-133.mktorest.com/identity/oauth/token',
  'https://svc:pw0rd123@proxy.internal/rest',
  '/rest/v1/leads.json;jsessionid=AB12cd34ef',
  '/x/name="',
  '/x/name=%22',
  '/x/name=(',
  '/x/name=&quot;',
  '/x/a&b',
  '/x/\\"',
  '/rest/v1/leads.json\u001b',
  '/rest/v1/Bearer+abc',
  '/rest/v1/pa-ss',
  '',
];

const QUERIES = [
  () => 'filterType=email&filterValues=a%40example.com,b%40example.org',
  () => 'nextPageToken=PxtevvjxncYQylmZtVXXLaaHJ7gdrAvV0q6m1pPk&activityTypeIds=1,6',
  () => 'access_token=d1f9e695-95b4-47db-be68-41b5ce17d2f2:lon',
  () => 'cookie"&value=secretValue123',
  () => '?cookie"&value=secretValue123',
  () => 'cookie%22&value=secretValue123',
  () => 'cookie&quot;&value=secretValue123',
  () => '\u001b]0;x\u0007&pwd=hunter2x',
  () => '[31m&a=1',
  () => 'x',
  () => '',
];

test('a URL cleaned in two parts equals the URL cleaned whole, and no spelling of a secret in its query stays', () => {
  const rng = mulberry32(20261204);
  let split = 0;
  for (let i = 0; i < 3000; i++) {
    const prefix = pick(rng, PREFIXES);
    const planted = rng() < 0.6 ? spelling(rng) : undefined;
    let query = pick(rng, QUERIES)();
    if (planted) {
      // URL-encoded spellings (%3D, %22...%3A) are among those spelling() plants.
      query = rng() < 0.5 ? `${query}&${planted.text}` : `${planted.text}&${query}`;
    }
    const url = `${prefix}?${query}`;
    const clean = reportUrl(url);
    assert.equal(clean, reportText(url), url);
    if (!clean.startsWith(`${prefix}?`)) continue;
    split++;
    // The fast path: whatever was planted in the query is gone.
    if (planted) assert.ok(!clean.includes(planted.needle), `${url} -> ${clean}`);
  }
  assert.ok(split > 1000, 'most URLs were split');
});

test('a URL with no query, or with only a query, is cleaned whole', () => {
  assert.equal(reportUrl('https://h/rest/v1/leads.json'), 'https://h/rest/v1/leads.json');
  assert.equal(reportUrl('?access_token=abc123:ab'), `?access_token=${REDACTED}`);
  assert.equal(
    reportUrl('https://h/identity/oauth/token?client_secret=S3cr3tValue'),
    `https://h/identity/oauth/token?client_secret=${REDACTED}`,
  );
});
