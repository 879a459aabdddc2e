import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEscapes } from '../src/redact/escaped-view.js';
import { REDACTED, reportText } from '../src/redact/index.js';

test('escapes are undone as often as they were applied: percent, \\u, HTML references, base64 JSON', () => {
  assert.equal(decodeEscapes('%61ccess_token%3D1'), 'access_token=1');
  assert.equal(decodeEscapes('access_token%25253D1'), 'access_token=1');
  assert.equal(decodeEscapes(String.raw`\u0061ccess`), 'access');
  assert.equal(decodeEscapes('a&#61;b&#x3A;c&quot;d'), 'a=b:c"d');
  assert.equal(decodeEscapes(`x ${Buffer.from('{"a":1}').toString('base64')} y`), 'x {"a":1} y');
  // Bytes that are not UTF-8 are read one by one (Latin-1), never thrown on.
  assert.equal(decodeEscapes('caf%E9 %ZZ %'), 'caf\u00e9 %ZZ %');
  // A JWT is not decoded here: its segments are followed by a dot, and the jwt rule takes it whole.
  assert.equal(decodeEscapes('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig'), 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig');
});

test('report text: an escaped secret goes, an escaped text without one keeps its escapes', () => {
  assert.equal(reportText('cb %61ccess_token=abc123'), `cb access_token=${REDACTED}`);
  assert.equal(reportText('h x-api-key%3A%20abc123'), `h x-api-key: ${REDACTED}`);
  assert.equal(reportText('/rest/v1/leads/name%3Dcaf%C3%A9.json'), '/rest/v1/leads/name%3Dcaf%C3%A9.json');
  // What the first reading redacted is not read as a second secret.
  assert.equal(reportText('access_token%3Dabc123'), `access_token%3D${REDACTED}`);
  assert.equal(reportText('token%20expired'), 'token%20expired');
});
