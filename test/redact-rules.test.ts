import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayHoldSecret, redactText, redactStrings, isSecretKey, REDACTED, reportText } from '../src/redact/index.js';
import { TEXT_RULES } from '../src/redact/rules.js';
import { mulberry32, pick, spelling } from './helpers/plant-secrets.js';
import { looksLikeCredential, redactAuthSchemes } from '../src/redact/auth-scheme.js';
import { redactKeyedValues } from '../src/redact/keyed-value.js';
import { EXACT_SECRET_NAMES, SECRET_NAME_ENDINGS } from '../src/redact/secret-names.js';
import { jwt } from '../src/redact/jwt.js';
import { urlUserinfo } from '../src/redact/url-userinfo.js';
import { valueExtent } from '../src/redact/value-extent.js';

test('secret names: every case and separator style; paging cursors and token metadata are not secrets', () => {
  for (const name of [
    'access_token',
    'accessToken',
    'Access-Token',
    'access.token',
    'ACCESS_TOKEN',
    'client_secret',
    'clientSecret',
    'userPassword',
    'passwd',
    'pwd',
    'token',
    'x-api-key',
    'apiKey',
    'id_token',
    'Authorization',
    'Proxy-Authorization',
    'Cookie',
    'set-cookie',
    'JSESSIONID',
    'PHPSESSID',
    'refresh_token',
    'private_key',
    'sig',
    'X-Amz-Signature',
    'X-Goog-Signature',
    'AccountKey', // an Azure Storage connection string's key
    'code_verifier', // OAuth PKCE
    'x-functions-key',
    'passcode',
  ]) {
    assert.ok(isSecretKey(name), name);
  }
  for (const name of [
    'nextPageToken',
    'token_type',
    'expires_in',
    'tokenType',
    'email',
    'id',
    'requestId',
    'key',
    'name',
    // An Azure SAS URL's version, expiry, start and permissions: what a reader needs, no credential.
    'sv',
    'se',
    'st',
    'sp',
  ]) {
    assert.ok(!isSecretKey(name), name);
  }
});

test('value extent: quotes at any JSON depth, encoded quotes, brackets, bare runs and whole header lines', () => {
  const extentOf = (text: string, at: number, wholeLine = false) => {
    const e = valueExtent(text, at, wholeLine);
    return e && text.slice(e[0], e[1]);
  };
  assert.equal(extentOf('"abc\\"def" x', 0), 'abc\\"def');
  assert.equal(extentOf('\\"abc\\\\\\"def\\" x', 0), 'abc\\\\\\"def');
  assert.equal(extentOf("u'abc' x", 0), 'abc');
  assert.equal(extentOf('%22abc%22%7D', 0), 'abc');
  assert.equal(extentOf('&quot;abc&quot; x', 0), 'abc');
  assert.equal(extentOf("[ 'a', ['b'] ] x", 0), "[ 'a', ['b'] ]");
  assert.equal(extentOf('abc:def&next=1', 0), 'abc:def');
  assert.equal(extentOf('sid=1; b=2\nnext', 0, true), 'sid=1; b=2');
  assert.equal(extentOf('sid=1\\nnext', 0, true), 'sid=1');
  assert.equal(extentOf('"never closed\nnext', 0), 'never closed');
  assert.equal(extentOf('&next', 0), undefined);
});

test('keyed values: the value goes, the name and its punctuation stay', () => {
  assert.equal(redactKeyedValues('a=1&access_token=abc:ab&b=2'), `a=1&access_token=${REDACTED}&b=2`);
  assert.equal(redactKeyedValues('{"clientSecret": "x y z", "id": 1}'), `{"clientSecret": "${REDACTED}", "id": 1}`);
  assert.equal(redactKeyedValues('{\\"password\\":\\"p\\\\\\"w\\"}'), `{\\"password\\":\\"${REDACTED}\\"}`);
  assert.equal(redactKeyedValues("{ 'Set-Cookie' => 'a=1' }"), `{ 'Set-Cookie' => '${REDACTED}' }`);
  assert.equal(redactKeyedValues('x Cookie: a=1; b=2\nHost: h'), `x Cookie: ${REDACTED}\nHost: h`);
  assert.equal(redactKeyedValues('GET /leads.json;jsessionid=AB12?x=1'), `GET /leads.json;jsessionid=${REDACTED}?x=1`);
  assert.equal(
    redactKeyedValues('[{"name":"Authorization","value":"Bearer x"},{"name":"Accept","value":"*/*"}]'),
    `[{"name":"Authorization","value":"${REDACTED}"},{"name":"Accept","value":"*/*"}]`,
  );
  // A secret name right after another name's separator (a row key, a nested query) was read past.
  assert.equal(redactKeyedValues('email=api_key=k1x'), `email=api_key=${REDACTED}`);
  assert.equal(redactKeyedValues('next%3Dtoken%3Dabc'), `next%3Dtoken%3D${REDACTED}`);
  assert.equal(redactKeyedValues('{"a":"password: pw1"}'), `{"a":"password: ${REDACTED}"}`);
  // Idempotent: a second pass changes nothing.
  const once = redactText('password: hunter2 and Cookie: a=1');
  assert.equal(redactText(once), once);
});

test('the cheap pre-check passes every name the keyed rule judges secret: separators inside the word, Kelvin K', () => {
  // isSecretKey strips `-`, `_`, `.` and blanks, so these names are secrets although no hint word
  // is written in one piece: the pre-check must not skip them (it did: their values were kept).
  for (const [name, text, kept] of [
    ['to_ken', 'to_ken=abc123', 'to_ken='],
    ['pa-ss-word', 'pa-ss-word: hunter2', 'pa-ss-word: '],
    ['a.p.i.k.e.y', 'a.p.i.k.e.y=abc12345', 'a.p.i.k.e.y='],
    ['client-se-cret', '{"client-se-cret":"s3cr3t"}', '{"client-se-cret":"'],
    ['JSESS_IONID', 'JSESS_IONID=AB12', 'JSESS_IONID='],
    ['Co okie', '{"name":"Co okie","value":"sid=1"}', '{"name":"Co okie","value":"'],
    ['api\u212aey', '{"name":"api\u212aey","value":"k1"}', '{"name":"api\u212aey","value":"'],
    // A split `sig` (an Azure SAS or pre-signed URL's signature) had no hint: its value was kept.
    ['s_ig', 'x.csv?sv=2021-08-06&s_ig=Qv1a', 'x.csv?sv=2021-08-06&s_ig='],
    ['si-g', 'si-g: Qv1a', 'si-g: '],
    ['X-Amz-S_ignature', 'X-Amz-S_ignature=Qv1a', 'X-Amz-S_ignature='],
    ['code_ver-ifier', 'code_ver-ifier=Qv1a', 'code_ver-ifier='],
  ] as const) {
    assert.ok(isSecretKey(name), name);
    assert.ok(mayHoldSecret(text), text);
    assert.ok(redactText(text).startsWith(kept + REDACTED), redactText(text));
  }
});

test('every secret name, split by a separator anywhere, passes the pre-check and loses its value', () => {
  const values = ['Qv1a', 'q-1/a+b=', '"Qv 1a"'];
  let n = 0;
  for (const name of [...EXACT_SECRET_NAMES, ...SECRET_NAME_ENDINGS]) {
    for (let at = 1; at < name.length; at++) {
      for (const separator of ['_', '-', '.']) {
        const split = name.slice(0, at) + separator + name.slice(at);
        const value = values[n++ % values.length]!;
        const text = `x ${split}=${value}`;
        assert.ok(mayHoldSecret(text), text);
        const kept = value.startsWith('"') ? `"${REDACTED}"` : REDACTED;
        assert.equal(redactText(text), `x ${split}=${kept}`, text);
      }
    }
  }
});

test("a text that holds none of a rule's marks is left as it is by that rule", () => {
  const rng = mulberry32(20261204);
  const PIECES = ['Bearer', 'token', 'access_token', 'Cookie', 'eyJhbGciOiJIUzI1NiJ9', '.', '//', '@', ' ', '\t', '+'];
  const MORE = ['=', ':', '%3A', '%3D', '%20', '"', "'", '\\"', '=>', '&quot;', 'svc', 'Sk5fA9b21x', '{', '}', ';'];
  for (const rule of TEXT_RULES) {
    const marks = new RegExp(`[${rule.marks}]`, 'g');
    for (let i = 0; i < 3000; i++) {
      let text = spelling(rng).text;
      if (i % 2 === 1) text = Array.from({ length: 12 }, () => pick(rng, [...PIECES, ...MORE])).join('');
      const unmarked = text.replace(marks, '');
      assert.equal(rule.apply(unmarked), unmarked, `${rule.name}: ${unmarked}`);
    }
  }
});

test('auth schemes: credentials go in any case; English words after "token" stay (Marketo 601, 602)', () => {
  assert.equal(redactAuthSchemes('retry with bearer abc123XYZ'), `retry with bearer ${REDACTED}`);
  assert.equal(redactAuthSchemes('Bearer cdf01657-110d:ab rest'), `Bearer ${REDACTED} rest`);
  assert.equal(redactAuthSchemes('Basic dXNlcjpwYXNz'), `Basic ${REDACTED}`);
  assert.equal(redactAuthSchemes('Digest username="u", response="r"'), `Digest ${REDACTED}`);
  for (const message of [
    'Access token invalid',
    'Access token expired',
    'Access token not specified',
    'Token Service down',
    'basic authentication failed',
  ]) {
    assert.equal(redactText(message), message);
  }
  assert.ok(!looksLikeCredential('invalid'));
  assert.ok(looksLikeCredential('5f3a9b21'));
});

test('JWTs and URL userinfo are found by shape', () => {
  const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
  assert.equal(jwt.apply(`got ${token} back`), `got ${REDACTED} back`);
  assert.equal(jwt.apply('eyJust a word'), 'eyJust a word');
  assert.equal(urlUserinfo.apply('via https://svc:p@ss@proxy:8080/x'), `via https://svc:${REDACTED}@proxy:8080/x`);
  assert.equal(urlUserinfo.apply('mailto a@b.c and https://host/x'), 'mailto a@b.c and https://host/x');
});

test("Marketo's own messages pass unchanged", () => {
  for (const message of [
    "Max rate limit '100' exceeded with in '20' secs",
    "Field 'leadScore' not found",
    'Lead not found',
    'Request body is too large (max 1 MB)',
    'Invalid token value',
    'The export id has already been queued.',
    'Bad client credentials',
  ]) {
    assert.equal(redactText(message), message);
  }
});

test('report text: every string is cleaned, keys are not judged by name', () => {
  const report = { notes: [{ message: 'x\u200b access_token=abc' }], token: 'kept, a report key' };
  assert.deepEqual(redactStrings(report), {
    notes: [{ message: `x access_token=${REDACTED}` }],
    token: 'kept, a report key',
  });
});

// Found while speeding up redaction (issue 12): a removed invisible character or escape sequence glued
// a scheme word to the word before it, which the scheme rule took for the tail of a longer word.
test('a scheme word glued to the word before it by a removed control still loses its credential', () => {
  for (const [text, secret] of [
    ['sent x\u200bBearer 5f3a9b21c0de99', '5f3a9b21c0de99'],
    ['GET /x\u001b?Basic c3ZjOlNrNUJLZTA1', 'c3ZjOlNrNUJLZTA1'],
    ['a\u001b[31mb pass\u200bword=x1 and y\u2066Token 5f3a9b21c0de99', '5f3a9b21c0de99'],
  ]) {
    assert.ok(!reportText(text!).includes(secret!), reportText(text!));
  }
  // Joined names are still read joined; text with nothing to redact is only stripped.
  assert.equal(reportText('pass\u200bword=hunter2x'), `password=${REDACTED}`);
  assert.equal(reportText('Lead \u001b[1mnot\u001b[0m found'), 'Lead not found');
});

// A credential that runs into the next scheme word swallowed that word, and the next credential stayed.
test('a credential that runs into the next scheme word does not hide that scheme', () => {
  assert.equal(reportText('Bearer abc123?Basic c3ZjOlNrczlqekFoVVhy end'), `Bearer ${REDACTED} ${REDACTED} end`);
  assert.equal(reportText('/rest/Bearer+abc?NEGOTIATE\tYIIc3Zj9x'), `/rest/Bearer+${REDACTED}\t${REDACTED}`);
  // A word that only ends like a scheme ('xbasic') is part of the credential.
  assert.equal(reportText('Bearer abc123xbasic c3ZjOlNrczlq'), `Bearer ${REDACTED} c3ZjOlNrczlq`);
});
