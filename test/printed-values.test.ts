import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bracketBalance, mayOpenValue, PrintedValues } from '../src/normalise/text/printed-values.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

const URL = 'https://284-rpr-133.mktorest.com/rest/v1/leads.json';

/** The units PrintedValues gives back for `lines`, as `line: text`; a line read as it is stands alone. */
function units(lines: string[]): string[] {
  const printed = new PrintedValues();
  const out: string[] = [];
  const feed = (text: string, n: number): void => {
    const unit = printed.take(text, n);
    if (unit === undefined) out.push(`${n}: ${text}`);
    else if (unit) {
      out.push(`${unit.line}: ${unit.text}`);
      if (unit.again) feed(text, n);
    }
  };
  for (const [i, text] of lines.entries()) feed(text, i + 1);
  const last = printed.finish();
  if (last) out.push(`${last.line}: ${last.text}`);
  return out;
}

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
  const lines = ['ℹ queue { size: 2,', 'POST https://x.mktorest.com/rest/v1/leads.json 413', 'Array', 'next'];
  assert.deepEqual(
    units(lines),
    lines.map((line, i) => `${i + 1}: ${line}`),
  );
});

test('a line that opens no value is read as it is, and nothing is held', () => {
  const printed = new PrintedValues();
  assert.equal(printed.take('GET https://x.mktorest.com/rest/v1/leads.json 200', 1), undefined);
  assert.equal(printed.holding, false);
});

test('a value that never closes is given back at 256 KiB, and the lines after it are read as they are', () => {
  const printed = new PrintedValues();
  assert.equal(printed.take("ℹ answered { requestId: 'a4d9',", 1), null);
  const line = `  key: '${'x'.repeat(1000)}',`;
  const steps = Array.from({ length: 600 }, (_, i) => printed.take(line, i + 2));
  const given = steps.filter((step) => step);
  assert.equal(given.length, 1);
  assert.ok(given[0]!.text.length >= 256 * 1024 && !given[0]!.again);
  assert.equal(steps.at(-1), undefined);
  assert.equal(printed.finish(), undefined);
});

test('brackets inside quoted strings do not count, and escaped quotes do not end a string', () => {
  assert.equal(bracketBalance(`{ message: "a } ] \\" {" , list: [`), 2);
  assert.equal(bracketBalance(`'it\\'s [' }`), -1);
});

test('a line is ruled out from its last byte', () => {
  assert.equal(mayOpenValue(Buffer.from("answered { requestId: 'a4d9',  ")), true);
  assert.equal(mayOpenValue(Buffer.from('answered {')), false, "printed-blocks.ts's");
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
