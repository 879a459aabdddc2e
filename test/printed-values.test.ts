import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bracketBalance, mayOpenValue, PrintedValues } from '../src/normalise/text/printed-values.js';
import { Analyzer } from '../src/pipeline/analyzer.js';
import { normaliseOptions } from '../src/pipeline/options.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

const URL = 'https://284-rpr-133.mktorest.com/rest/v1/leads.json';

/** The units PrintedValues gives back for `lines`, as `line: text`; undefined where a line is read as it is. */
function units(lines: string[]): string[] {
  const printed = new PrintedValues();
  const out: string[] = [];
  lines.forEach((text, i) => {
    const unit = printed.take(text, i + 1);
    if (unit === undefined) out.push(`${i + 1}: ${text}`);
    else if (unit) out.push(`${unit.line}: ${unit.text}`);
  });
  const last = printed.finish();
  if (last) out.push(`${last.line}: ${last.text}`);
  return out;
}

test('log4js: an object printed below its message is one unit with it, up to the brace that closes it', () => {
  const lines = [
    '[2026-12-04T21:00:01.123] [INFO] marketo - POST /rest/v1/leads.json 200',
    '[2026-12-04T21:00:01.124] [DEBUG] marketo - Marketo answered {',
    "  requestId: 'a4c4#18f3c207bbc',",
    '  errors: [',
    "    { code: '606', message: \"Max rate limit '100' exceeded with in '20' secs\" }",
    '  ]',
    '}',
    '[2026-12-04T21:00:01.125] [WARN] marketo - done',
  ];
  assert.deepEqual(units(lines), [`1: ${lines[0]}`, `2: ${lines.slice(1, 7).join('\n')}`, `8: ${lines[7]}`]);
});

test("consola: a value opened with its first key on the message's line ends where its braces close", () => {
  const lines = [
    "ℹ GET /rest/v1/leads.json 200 (2ms) { requestId: 'a4d9#18f3c230557',",
    '  success: false,',
    "  errors: [ { code: '606', message: \"Max rate limit '100' exceeded\" } ] }",
    'ℹ sync finished',
  ];
  assert.deepEqual(units(lines), [`1: ${lines.slice(0, 3).join('\n')}`, `4: ${lines[3]}`]);
});

test("PHP's print_r: `Array`, its `(` line and every line to the `)` that closes it", () => {
  const lines = [
    '[04-Dec-2026 21:00:01 UTC] Marketo errors: Array',
    '(',
    '    [0] => Array',
    '        (',
    '            [code] => 606',
    "            [message] => Max rate limit '100' exceeded with in '20' secs",
    '        )',
    '',
    ')',
    '[04-Dec-2026 21:00:01 UTC] sync finished',
  ];
  assert.deepEqual(units(lines), [`1: ${lines.slice(0, 9).join('\n')}`, `10: ${lines[9]}`]);
});

test("PHP's var_export: `array (` and every line to the `)` at the start of a line", () => {
  const lines = [
    '[2026-12-04 21:00:01] lead 1 skipped: array (',
    '  0 => ',
    '  array (',
    "    'code' => '1005',",
    "    'message' => 'Lead already exists',",
    '  ),',
    ')',
    '[2026-12-04 21:00:01] sync finished',
  ];
  assert.deepEqual(units(lines), [`1: ${lines.slice(0, 7).join('\n')}`, `8: ${lines[7]}`]);
});

test('a head that nothing indented follows stays a line of its own, and so does the line after it', () => {
  const lines = ['retry queue: [', 'POST https://x.mktorest.com/rest/v1/leads.json 413', 'Array', 'next'];
  assert.deepEqual(
    units(lines),
    lines.map((line, i) => `${i + 1}: ${line}`),
  );
});

test('lines before the first printed value are read as they are, with no wait', () => {
  const printed = new PrintedValues();
  assert.equal(printed.take('GET https://x.mktorest.com/rest/v1/leads.json 200', 1), undefined);
  assert.equal(printed.active, false);
});

test('a value that never closes is given back at the end of the input, and its size is bounded', () => {
  const printed = new PrintedValues();
  assert.equal(printed.take('answer {', 1), null);
  const line = `  key: '${'x'.repeat(1000)}',`;
  let given = 0;
  for (let i = 0; i < 3000; i++) if (printed.take(line, i + 2)) given++;
  // Past 1 MiB the unit is given back and the next lines are read as lines, one at a time.
  assert.equal(given > 0 && given < 3000, true);
  assert.ok(printed.finish());
});

test('brackets inside quoted strings do not count, and escaped quotes do not end a string', () => {
  assert.equal(bracketBalance(`{ message: "a } ] \\" {" , list: [`), 2);
  assert.equal(bracketBalance(`'it\\'s [' }`), -1);
});

test('a line is ruled out from its last byte', () => {
  assert.equal(mayOpenValue(Buffer.from('answered {  ')), true);
  assert.equal(mayOpenValue(Buffer.from('skipped: Array')), true);
  assert.equal(mayOpenValue(Buffer.from('GET url 200')), false);
  assert.equal(mayOpenValue(Buffer.from('')), false);
});

test('a log4js log: the body printed below the status line gives its code, the skipped leads theirs', () => {
  const report = analyseLines('text', [
    `[2026-12-04T21:00:01.123] [INFO] marketo - POST ${URL} 200 3ms`,
    '[2026-12-04T21:00:01.124] [DEBUG] marketo - Marketo answered {',
    "  requestId: 'a4c3#18f3c205ccd',",
    '  result: [',
    "    { id: 3001, status: 'created' },",
    "    { status: 'skipped', reasons: [Array] }",
    '  ],',
    '  success: true',
    '}',
    "[2026-12-04T21:00:01.124] [WARN] marketo - lead 1 skipped [ { code: '1005', message: 'Lead already exists' } ]",
    `[2026-12-04T21:00:01.200] [INFO] marketo - POST ${URL} 200 3ms`,
    '[2026-12-04T21:00:01.201] [DEBUG] marketo - Marketo answered {',
    "  requestId: 'a4c4#18f3c207bbc',",
    '  success: false,',
    '  errors: [',
    '    {',
    "      code: '606',",
    "      message: \"Max rate limit '100' exceeded with in '20' secs\"",
    '    }',
    '  ]',
    '}',
    '[2026-12-04T21:00:01.201] [WARN] marketo - upsert: Marketo error [',
    '  {',
    "    code: '606',",
    "    message: \"Max rate limit '100' exceeded with in '20' secs\"",
    '  }',
    ']',
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
  assert.deepEqual(codeCounts(report, 'record'), [['1005', 1]]);
});

// Found following a live log4js log: once a value printed below its message was seen, each line waited for
// the next, and the call of the last line written was not counted while the log stayed quiet (--follow).
test('a live log that goes quiet: the line that waited for the next is read', () => {
  const analyzer = new Analyzer(normaliseOptions({}));
  const input = analyzer.startInput('live.log', 'text', false);
  const lines = [
    '[2026-12-04T21:00:01.124] [DEBUG] marketo - Marketo answered {',
    "  requestId: 'a4c4#18f3c207bbc',",
    '}',
    `[2026-12-04T21:00:02.000] [INFO] marketo - POST ${URL} 413 3ms`,
  ];
  for (const [i, line] of lines.entries()) analyzer.line(input, Buffer.from(line), i + 1);
  analyzer.settle(input);
  const report = analyzer.report({ lang: 'en', tool: { name: 't', version: '0' }, filters: {} });
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
});
