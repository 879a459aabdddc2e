import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PrettyRecords, prettyRecord } from '../src/normalise/text/pretty-records.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// pino-pretty 13's default layout (the recording: node-clients/got-pino-pretty.log): a head, then a line per key.
const URL_ = 'https://284-rpr-133.mktorest.com/rest/v1/leads.json';
const response = (time: string, status: number, body: string[]): string[] => [
  `[${time}] INFO (4242 on sync-7d9f): marketo response`,
  '    method: "POST"',
  `    url: "${URL_}"`,
  `    statusCode: ${status}`,
  '    body: {',
  ...body.map((line) => `      ${line}`),
  '    }',
];
const BODY_606 = [
  '"requestId": "a4c3#18f3c205ccd",',
  '"success": false,',
  '"errors": [',
  '  {',
  '    "code": "606",',
  `    "message": "Max rate limit '100' exceeded with in '20' secs"`,
  '  }',
  ']',
];

test('a head and its key lines are the JSON record pino wrote; an error stack becomes a string', () => {
  const json = prettyRecord('[2026-12-04 11:35:19.875 +0000] ERROR (4242 on sync-7d9f): upsert failed', [
    '    statusCode: 413',
    '    err: {',
    '      "type": "HTTPError",',
    '      "stack":',
    '          HTTPError: Request failed with status code 413 (Payload Too Large): POST https://x/rest',
    '              at Request.<anonymous> (file:///app/node_modules/got/dist/source/as-promise/index.js:98:42)',
    '      "code": "ERR_NON_2XX_3XX_RESPONSE"',
    '    }',
  ]);
  const record = JSON.parse(json!);
  assert.equal(record.level, 'error');
  assert.equal(record.time, '2026-12-04 11:35:19.875 +0000');
  assert.equal(record.msg, 'upsert failed');
  assert.equal(record.statusCode, 413);
  assert.equal(record.err.code, 'ERR_NON_2XX_3XX_RESPONSE');
  assert.match(record.err.stack, /^HTTPError: Request failed[^\n]*\n\s*at Request/);
});

test('a time of day alone is no time; a value that is no JSON stays its text', () => {
  const record = JSON.parse(prettyRecord('[11:35:19.875] WARN: odd', ['    note: not json {', '    n: 3'])!);
  assert.equal(record.time, undefined);
  assert.equal(record.note, 'not json {');
  assert.equal(record.n, 3);
});

test('each line waits for the next once a head is seen; the last one is given back at the end', () => {
  const pretty = new PrettyRecords();
  assert.equal(pretty.take('plain line before any head', 1), undefined);
  assert.equal(pretty.take('[11:35:19.875] INFO: first', 2), null);
  assert.equal(pretty.take('    statusCode: 200', 3), null);
  const first = pretty.take('a plain line', 4);
  assert.deepEqual(JSON.parse(first!.text), { level: 'info', msg: 'first', statusCode: 200 });
  assert.equal(first!.line, 2);
  assert.deepEqual(pretty.take('[11:35:20.001] INFO: no keys', 5), { text: 'a plain line', line: 4 });
  assert.deepEqual(pretty.finish(), { text: '[11:35:20.001] INFO: no keys', line: 5 });
  assert.equal(pretty.finish(), undefined);
});

test('pino-pretty records read as their calls, the last one too, with the line of their head', () => {
  const report = analyseLines('text', [
    ...response('11:35:19.870', 200, BODY_606),
    ...response('11:35:19.990', 413, ['"error": "too large"']),
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
  assert.equal(report.levels.response.codes[0]!.samples[0]!.source.line, 1);
  assert.equal(report.levels.http.codes[0]!.samples[0]!.source.line, 15);
  assert.equal(report.totals.unrecognised, 0);
});

test('a record past the size cap is read as far as it went; the rest are lines of their own', () => {
  const keys = Array.from({ length: 200_000 }, (_, i) => `    key${i}: "${'x'.repeat(40)}"`);
  const report = analyseLines('text', [...response('11:35:19.870', 200, BODY_606), ...keys]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
});

test('pino-pretty --colorize: the colours are no part of the record', () => {
  const esc = (code: number, text: string): string => `\u001b[${code}m${text}\u001b[39m`;
  const report = analyseLines('text', [
    `[11:35:19.709] ${esc(32, 'INFO')} (4242 on sync-7d9f): ${esc(36, 'marketo response')}`,
    `    ${esc(35, 'url')}: "${URL_}"`,
    `    ${esc(35, 'statusCode')}: 413`,
    `[11:35:19.990] ${esc(32, 'INFO')} (4242 on sync-7d9f): ${esc(36, 'sync finished')}`,
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
});
