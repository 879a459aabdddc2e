import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fixture } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { analyzeStdin, assertCleanFailure } from './helpers/hostile-cli.js';

// Hostile and unusual input through the CLI: never a stack trace, always a
// report, a one-line reason on stderr and a documented exit code.

const FLAT = readFileSync(fixture('ndjson', 'flat-client.ndjson'));

test('gzip that is damaged before its first megabyte: exit 3 and a report, not an internal error', async () => {
  const gz = gzipSync(FLAT);
  const cases: Array<[string, Buffer]> = [
    ['cut after 100 bytes', gz.subarray(0, 100)],
    ['garbage after the member', Buffer.concat([gz, Buffer.from('garbage after the gzip member\n')])],
    ['a gzip magic and then garbage', Buffer.from('\x1f\x8bthis is not deflate data at all', 'latin1')],
  ];
  for (const [name, bytes] of cases) {
    const { code, report, stderr } = await analyzeStdin(bytes);
    assert.equal(code, 3, `${name}: ${stderr}`);
    assert.equal(report.complete, false, name);
    assert.match(stderr, /gzip/, name);
    assert.equal(stderr.trim().split('\n').length, 1, `${name}: one line: ${stderr}`);
  }
});

test('gzip with garbage after it: what came before the garbage is analysed', async () => {
  // Big enough that the decompressed text spans several reads.
  const lines = FLAT.toString('utf8').trim().split('\n');
  const many = Array.from({ length: 400 }, () => lines.join('\n')).join('\n') + '\n';
  const plain = await analyzeStdin(many);
  const { code, report } = await analyzeStdin(Buffer.concat([gzipSync(many), Buffer.from('trailing junk')]));
  assert.equal(code, 3);
  assert.ok(
    report.totals.exchanges > plain.report.totals.exchanges / 2,
    `${report.totals.exchanges} of ${plain.report.totals.exchanges}`,
  );
});

const MARKETO_LINE = (body: string): string =>
  '{"ts":"2024-06-10T08:00:00Z","method":"GET","url":"https://284-RPR-133.mktorest.com/rest/v1/leads.json",' +
  `"status":200,"responseBody":${body}}`;

test('bodies nested 100,000 deep are handled line by line, not with a stack overflow', async () => {
  const deepObject = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
  const deepArray = '['.repeat(100_000) + ']'.repeat(100_000);
  const failing = (id: string, extra: string): string =>
    `{"requestId":"${id}","success":false,"errors":[{"code":"606","message":"Max rate limit"}],"deep":${extra}}`;
  const input = [
    MARKETO_LINE(failing('a#1', deepObject)),
    MARKETO_LINE(JSON.stringify(failing('a#2', deepArray))),
    MARKETO_LINE(
      '{"requestId":"a#3","success":true,"result":[{"status":"skipped",' +
        `"reasons":[{"code":"1004","message":"Lead not found"}],"x":${deepArray}}]}`,
    ),
    MARKETO_LINE('{"requestId":"a#4","success":false,"errors":[{"code":"606","message":"Max rate limit"}]}'),
    '',
  ].join('\n');
  const { code, report } = await analyzeStdin(input);
  assert.equal(code, 0);
  assert.equal(report.totals.marketoCalls, 4);
  assert.equal(report.totals.findings.response, 3);
  assert.equal(report.totals.findings.record, 1);
});

const failingLine = (i: number, code: string, message: string): string =>
  MARKETO_LINE(JSON.stringify({ requestId: `m#${i}`, success: false, errors: [{ code, message }] }));

test('a 1 MB message and a 1 MB code: every format finishes quickly and shows them shortened', {
  timeout: 60_000,
}, async () => {
  const input = [failingLine(1, '606', 'M'.repeat(1 << 20)), failingLine(2, 'C'.repeat(1 << 20), 'x'), ''].join('\n');
  for (const format of ['table', 'markdown', 'html', 'csv', 'json']) {
    const started = Date.now();
    const { code, stdout, stderr } = await runCliInProcess(['analyze', '--format', format, '--quiet'], input);
    assertCleanFailure(stderr);
    assert.equal(code, 0, `${format}: ${stderr}`);
    assert.ok(Date.now() - started < 10_000, `${format} took ${Date.now() - started} ms`);
    assert.ok(stdout.length < 100_000, `${format} report is ${stdout.length} characters`);
  }
});

test('thousands of distinct codes: the report keeps a bounded number and still counts every occurrence', {
  timeout: 60_000,
}, async () => {
  const n = 3000;
  const lines = Array.from({ length: n }, (_, i) => failingLine(i, String(100_000 + i), `message ${i}`));
  const { code, stdout, stderr } = await runCliInProcess(
    ['analyze', '--format', 'json', '--quiet'],
    lines.join('\n') + '\n',
  );
  assertCleanFailure(stderr);
  assert.equal(code, 0);
  const report = JSON.parse(stdout) as { levels: { response: { codes: Array<{ code: string; count: number }> } } };
  const codes = report.levels.response.codes;
  assert.ok(codes.length <= 1000, `${codes.length} codes kept`);
  assert.equal(
    codes.reduce((sum, c) => sum + c.count, 0),
    n,
  );
  const table = await runCliInProcess(['analyze', '--format', 'table', '--quiet'], lines.join('\n') + '\n');
  assertCleanFailure(table.stderr);
  assert.equal(table.code, 0);
});

test('a code seen at endless distinct endpoints keeps a bounded list that still adds up', async () => {
  const { CodeTally, MAX_ENDPOINTS } = await import('../src/aggregate/code-tally.js');
  const tally = new CodeTally('response', '610');
  const finding = {
    level: 'response' as const,
    code: '610',
    message: 'Requested resource not found',
    params: [],
    documented: true,
  };
  for (let i = 0; i < 5000; i++)
    tally.addExchange([finding], `/rest/v1/name-${i}.json`, undefined, undefined, { file: 'x', line: i + 1 });
  assert.ok(tally.endpoints.size <= MAX_ENDPOINTS + 1, `${tally.endpoints.size} endpoints`);
  assert.equal(
    [...tally.endpoints.values()].reduce((a, b) => a + b, 0),
    5000,
  );
});

test('-o into a missing directory or onto a directory: a usage error naming the file (analyze, merge)', async () => {
  const demo = fixture('demo', 'nightly-sync.ndjson');
  const runs = [
    ['analyze', demo, '--quiet', '-f', 'json', '-o', '/nonexistent-dir/report.json'],
    ['analyze', demo, '--quiet', '-f', 'csv', '--csv-rows', 'findings', '-o', '/nonexistent-dir/rows.csv'],
    ['analyze', demo, '--quiet', '-f', 'json', '-o', fixture('demo')],
    ['merge', fixture('reports', 'clean-run.json'), '-o', '/nonexistent-dir/merged.json'],
  ];
  for (const args of runs) {
    const { code, stderr } = await runCliInProcess(args);
    assertCleanFailure(stderr);
    assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
    assert.match(stderr, /cannot write .*(ENOENT|EISDIR)/);
  }
});

test('UTF-16 with a byte-order mark (Windows PowerShell `>`) is read like UTF-8', async () => {
  const utf8 = await analyzeStdin(FLAT);
  assert.ok(utf8.report.totals.exchanges > 0);
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FLAT.toString('utf8'), 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  for (const [name, bytes] of [
    ['UTF-16LE', le],
    ['UTF-16BE', be],
    ['gzipped UTF-16LE', gzipSync(le)],
  ] as const) {
    const { code, report } = await analyzeStdin(bytes);
    assert.equal(code, 0, name);
    assert.deepEqual(report.totals, utf8.report.totals, name);
  }
});

test('a 1 MB requestId and a 1 MB URL: every format finishes quickly and carries them shortened', {
  timeout: 60_000,
}, async () => {
  const huge = 'x'.repeat(1 << 20);
  const line = JSON.stringify({
    time: '2026-11-02T10:00:00Z',
    method: 'GET',
    url: `https://123-ABC-456.mktorest.com/rest/v1/${huge}.json?filterValues=${huge}`,
    status: 200,
    responseBody: {
      requestId: `r#${huge}`,
      success: false,
      errors: [{ code: '610', message: 'Requested resource not found' }],
    },
  });
  for (const format of ['table', 'json', 'csv', 'markdown', 'html']) {
    const started = Date.now();
    const { code, stdout, stderr } = await runCliInProcess(['analyze', '--format', format, '--quiet'], line + '\n');
    assert.equal(code, 0, stderr);
    assert.ok(Date.now() - started < 20_000, `${format} took ${Date.now() - started} ms`);
    assert.ok(stdout.length < 200_000, `${format} output is ${stdout.length} characters`);
    assert.match(stdout, /610/);
  }
});

// They are removed as the log is read: inside a name they would hide a secret from redaction.
test('JSON output holds no bidi override or C1 control from a message; the words around them stay', async () => {
  const message = 'Field \u202eevil\u202c and \u009b31m not found';
  const line = JSON.stringify({
    url: '/rest/v1/leads.json',
    status: 200,
    responseBody: { requestId: 'a#1', success: false, errors: [{ code: '1006', message }] },
  });
  const { stdout } = await runCliInProcess(['analyze', '--format', 'json'], line + '\n');
  assert.doesNotMatch(stdout, /[\u0080-\u009f\u202a-\u202e]/);
  const report = JSON.parse(stdout) as {
    levels: { response: { codes: Array<{ messages: Array<{ message: string }> }> } };
  };
  assert.equal(report.levels.response.codes[0]!.messages[0]!.message, 'Field evil and  not found');
});

test('--since or --until on a day its month does not have is a usage error, not the next month', async () => {
  for (const day of ['2026-02-30', '2026-04-31T10:00:00Z']) {
    const bad = await runCliInProcess(['analyze', '--until', day], '\n');
    assert.equal(bad.code, 2, day);
    assert.match(bad.stderr, /--until takes an ISO date or time/);
  }
  const leap = await runCliInProcess(['analyze', '--since', '2024-02-29', '--format', 'json'], '\n');
  assert.equal(leap.code, 0, leap.stderr);
});

test('--since after --until is a usage error; stderr notes follow --lang', async () => {
  const bad = await runCliInProcess(['analyze', '--since', '2030-01-01', '--until', '2020-01-01'], '\n');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--since/);
  const sv = await runCliInProcess(['analyze', '--format', 'json', '--lang', 'sv'], 'not json\n{"a":1}\n');
  assert.match(sv.stderr, /1 rad är inte JSON/);
  // Mostly JSON: read as NDJSON, so the text lines are malformed (a file of text lines is a text log).
  const en = await runCliInProcess(
    ['analyze', '--format', 'json'],
    'not json\n{"a":1}\nnot json either\n{"b":2}\n{"c":3}\n',
  );
  assert.match(en.stderr, /2 lines are not JSON and were skipped/);
});
