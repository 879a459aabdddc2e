import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';
import { fixture } from './helpers/run-cli.js';

// A JSON log behind a prefix no platform reader knows (`kubectl logs --prefix`, stern) is read as text
// lines holding an object. The object is read as the JSON line it is; the text around it may add a call
// (`POST url 413 {...}`), but the object's own keys must not be read again as a code written in prose:
// an app's `{"msg":"token refreshed, retrying after 602","code":602}` counted a second 602.
const lines = readFileSync(fixture('demo', 'nightly-sync.ndjson'), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('{') && l.endsWith('}'));

for (const prefix of ['[pod/lead-sync-6d9f7c9b8-x2kq4/app] ', 'lead-sync-6d9f7c9b8-x2kq4 app ']) {
  test(`behind "${prefix.trim()}" a JSON log gives the codes it gives as NDJSON`, () => {
    const plain = analyseLines('ndjson', lines);
    const prefixed = analyseLines(
      'text',
      lines.map((l) => prefix + l),
    );
    assert.equal(prefixed.totals.exchanges, plain.totals.exchanges);
    for (const level of ['http', 'response', 'record'] as const)
      assert.deepEqual(codeCounts(prefixed, level), codeCounts(plain, level), level);
  });
}
