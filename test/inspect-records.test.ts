import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InspectRecords } from '../src/normalise/text/inspect-records.js';

/** Feeds lines from line 1 on; what each gave back. */
function feed(records: InspectRecords, lines: string[]): Array<{ text: string; line: number } | null | undefined> {
  return lines.map((text, i) => records.take(text, i + 1));
}

// What winston's prettyPrint wrote for a got response (util.inspect: nested objects, a string joined with +).
const RECORD = [
  '{',
  "  service: 'lead-sync',",
  "  url: 'https://123-ABC-456.mktorest.com/rest/v1/leads.json',",
  '  statusCode: 503,',
  "  body: '<html>\\r\\n' +",
  "    '<head><title>503 Service Temporarily Unavailable</title></head>\\r\\n',",
  '  timings: { start: 1796404674270, end: 1796404674276, error: undefined },',
  "  level: 'error'",
  '}',
];

test('a printed record comes back as the JSON of its object, at its first line', () => {
  const out = feed(new InspectRecords(), RECORD);
  assert.deepEqual(out.slice(0, -1), Array(RECORD.length - 1).fill(null));
  const last = out.at(-1)!;
  assert.equal(last?.line, 1);
  assert.deepEqual(JSON.parse(last!.text), {
    service: 'lead-sync',
    url: 'https://123-ABC-456.mktorest.com/rest/v1/leads.json',
    statusCode: 503,
    body: '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n',
    timings: { start: 1796404674270, end: 1796404674276 },
    level: 'error',
  });
});

test('a lone brace followed by a line that is no indented key opens nothing', () => {
  const records = new InspectRecords();
  assert.deepEqual(feed(records, ['{', '2026-12-04 10:00:01 ERROR POST /rest/v1/leads.json 413']), [null, undefined]);
  assert.equal(records.finish(), undefined);
});

test('a record that does not read as a printed object comes back as its text; one cut short at the end too', () => {
  const broken = feed(new InspectRecords(), ['{', '  level: info = not inspect {', '}']).at(-1);
  assert.equal(broken?.text, '{\n  level: info = not inspect {\n}');
  const records = new InspectRecords();
  feed(records, RECORD.slice(0, 4));
  assert.deepEqual(records.finish(), { text: RECORD.slice(0, 4).join('\n'), line: 1 });
});
