import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HarScanner } from '../src/input/har/scanner.js';
import { decodeText } from '../src/input/decode.js';
import { shrinkRecords } from '../src/normalise/ndjson/lite-line.js';
import { NOT_JSON, parseJson } from '../src/pipeline/parse-record.js';
import { analyseLines } from './helpers/analyse-lines.js';

const fixture = (path: string): Buffer => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));

/** got + pino, Datadog's export and Chromium's HAR, recorded against the mock: the lines and entries that shrink. */
function shrinkingLines(path: string): Buffer[] {
  const buf = fixture(path);
  let at = 0;
  const lines: Buffer[] = [];
  for (let end = buf.indexOf(10); end !== -1; at = end + 1, end = buf.indexOf(10, at))
    lines.push(buf.subarray(at, end));
  return lines.filter((l) => shrinkRecords(l).length < l.length);
}

function shrinkingHarEntries(): Buffer[] {
  const scanner = new HarScanner();
  const entries = scanner.push(fixture('har/chromium-marketo-sync.har')).map((e) => Buffer.from(e.bytes));
  return entries.filter((e) => shrinkRecords(e).length < e.length);
}

// Damage a cut could hide: what a crash (zero fill), binary garbage, a cut-off UTF-8 character,
// terminal colours or raw white space (inside a string, where JSON allows none) write into a line.
const GARBAGE = ['00ff7b7b7b', '00', 'fffe', 'c3', '1b5b33316d', '09', '0d', '0a'].map((h) => Buffer.from(h, 'hex'));

/** Where the garbage goes inside a record array: first thing, inside the first key, and between records. */
function placesInRecords(line: Buffer): number[] {
  const places: number[] = [];
  for (const key of ['"result":[{', '\\"result\\":[{', '"input":[{', '\\"input\\":[{']) {
    const open = line.indexOf(key);
    if (open === -1) continue;
    const first = open + key.length;
    places.push(first - 1, first + (key.startsWith('\\') ? 3 : 2));
    const between = line.indexOf('},{', first);
    if (between !== -1) places.push(between + 2);
  }
  return places;
}

const wholeParses = (bytes: Buffer): boolean => {
  try {
    JSON.parse(decodeText(bytes));
    return true;
  } catch {
    return false;
  }
};

function assertExactOnDamage(lines: Buffer[]): number {
  let broken = 0;
  for (const line of lines) {
    for (const at of placesInRecords(line)) {
      for (const garbage of GARBAGE) {
        const damaged = Buffer.concat([line.subarray(0, at), garbage, line.subarray(at)]);
        const whole = wholeParses(damaged);
        if (!whole) broken++;
        const where = `${garbage.toString('hex')} at ${at} of ${decodeText(line, 0, 80)}`;
        assert.equal(parseJson(damaged) !== NOT_JSON, whole, where);
      }
    }
  }
  return broken;
}

test('garbage inside a record array makes an NDJSON line malformed exactly when JSON.parse of it fails', () => {
  const lines = [
    ...shrinkingLines('node-clients/got-pino.ndjson'),
    ...shrinkingLines('ndjson/datadog-export.ndjson'),
    ...shrinkingLines('platforms/datadog-standard.ndjson'),
  ];
  assert.ok(lines.length >= 8, 'plain and escaped record arrays to damage');
  // NUL and ESC break a line wherever they are: at least three broken lines per place.
  assert.ok(assertExactOnDamage(lines) >= 3 * lines.length);
});

test('garbage inside a HAR entry response text breaks the entry exactly when JSON.parse of it fails', () => {
  const entries = shrinkingHarEntries();
  assert.ok(entries.length >= 2);
  assert.ok(assertExactOnDamage(entries) >= 3 * entries.length);
});

test('healthy lines and entries still shrink, non-ASCII records included', () => {
  const harEntries = shrinkingHarEntries();
  const withAccents = harEntries.find((e) => e.includes('Åsa'));
  assert.ok(withAccents, 'the recorded leads with Åsa and Zoë');
  const lite = shrinkRecords(withAccents);
  assert.ok(!lite.includes('Åsa') && lite.length < withAccents.length);
  for (const line of shrinkingLines('node-clients/got-pino.ndjson')) assert.notEqual(parseJson(line), NOT_JSON);
});

test('the analyzer counts a line with a zero-filled hole in its result[] as malformed', () => {
  const [line] = shrinkingLines('node-clients/got-pino.ndjson');
  const at = line!.indexOf('"result":[{') + 11;
  const holed = Buffer.concat([line!.subarray(0, at), Buffer.alloc(16), line!.subarray(at)]).toString();
  const report = analyseLines('ndjson', [line!.toString(), holed]);
  assert.deepEqual(report.inputs[0]!.malformed, [{ line: 2, reason: 'incomplete-json' }]);
});
