import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprint } from '../src/diagnose/fingerprint.js';
import { RequestPrint } from '../src/diagnose/request-print.js';
import type { Exchange } from '../src/normalise/exchange.js';

const METHODS = ['GET', 'POST', '', undefined, 'A B', 'X:Y', 'GET 5:x'];
const URLS = ['/rest/v1/leads.json', 'https://h/rest/v1/leads.json?id=1', undefined, `/x?${'v'.repeat(3_000)}`];
const BYTES = [0, -0, Number.NaN, 12, 12.5, undefined, -1];
const BODIES = [undefined, { input: [{ email: 'a@b' }] }, { input: [{ email: 'a@c' }] }, [1, true, null], 'text'];

function exchanges(): Exchange[] {
  const out: Exchange[] = [];
  for (const method of METHODS)
    for (const url of URLS)
      for (const requestBytes of BYTES)
        for (const request of BODIES) out.push({ method, url, requestBytes, request } as unknown as Exchange);
  return out;
}

describe('fingerprint digests', () => {
  it('are equal whenever fingerprints are, and tell most different requests apart', () => {
    const byPrint = new Map<string, Set<string>>();
    const print = new RequestPrint();
    const fulls = new Set<number>();
    for (const ex of exchanges()) {
      print.set(ex);
      // The digests first, as the detectors ask, then the fingerprint from the same cache.
      const digests = `${print.urlDigest()} ${print.fullDigest()}`;
      assert.equal(print.fingerprint(), fingerprint(ex));
      const seen = byPrint.get(fingerprint(ex)) ?? new Set<string>();
      seen.add(digests);
      byPrint.set(fingerprint(ex), seen);
      fulls.add(print.fullDigest());
    }
    for (const [fp, seen] of byPrint) assert.equal(seen.size, 1, `one pair of digests for ${fp}`);
    // 0 and -0 print alike, and so do methods '' and undefined: fewer prints than exchanges.
    assert.ok(byPrint.size < exchanges().length);
    // Methods with a space or colon share one url digest, and byte counts are taken as integers; the others differ.
    const plain = exchanges().filter(
      (ex) => !/[ :]/.test(ex.method ?? '') && (ex.requestBytes === undefined || Number.isInteger(ex.requestBytes)),
    );
    const plainFulls = new Set(
      plain.map((ex) => {
        print.set(ex);
        return print.fullDigest();
      }),
    );
    assert.equal(plainFulls.size, new Set(plain.map(fingerprint)).size);
    assert.ok(fulls.size < byPrint.size);
  });

  it('keeps the fingerprint format that saved states hold', () => {
    const ex = { method: 'POST', url: '/rest/v1/leads.json', requestBytes: 27, request: { a: [1] } };
    assert.match(fingerprint(ex as unknown as Exchange), /^POST 19:[0-9a-z]+ 27:[0-9a-z]+$/);
  });
});
