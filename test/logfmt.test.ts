import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sniffFormat } from '../src/input/source.js';
import { logfmtObject } from '../src/normalise/text/logfmt.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

test('logfmt pairs: bare, quoted with escapes, a prefix of bare words skipped, prose refused', () => {
  assert.deepEqual(logfmtObject('time="2026-12-04T10:00:00Z" level=info msg="say \\"hi\\"" status=200'), {
    time: '2026-12-04T10:00:00Z',
    level: 'info',
    msg: 'say "hi"',
    status: '200',
  });
  assert.deepEqual(logfmtObject('E, [2026-12-04T10:00:01 #1234] ERROR -- : method=GET url=/rest/v1/x.json'), {
    method: 'GET',
    url: '/rest/v1/x.json',
  });
  assert.equal(logfmtObject('the total was x=3 and nothing else'), undefined);
  assert.equal(logfmtObject('no pairs here'), undefined);
  // A hostile line: unterminated quote, runs of '=' and spaces, still one pass.
  assert.ok(logfmtObject(`a=1 b="${'x'.repeat(100_000)}`));
  assert.equal(logfmtObject('='.repeat(100_000)), undefined);
});

// Go's logrus text formatter around a Marketo client (what `logrus.WithFields(...).Error` prints).
const LOGRUS = [
  'time="2026-12-04T10:00:00Z" level=info msg="marketo request" method=POST ' +
    'url="https://123-ABC-456.mktorest.com/rest/v1/leads.json?access_token=s3cr3t-token" status=200 duration=231ms',
  'time="2026-12-04T10:00:01Z" level=error msg="marketo request failed" method=POST ' +
    'url="https://123-ABC-456.mktorest.com/rest/v1/leads.json" status=413 duration=12ms',
  'time="2026-12-04T10:00:02Z" level=warn msg="marketo call" method=GET ' +
    'url="https://123-ABC-456.mktorest.com/rest/v1/leads.json" status=200 ' +
    'body="{\\"requestId\\":\\"a1#b2\\",\\"success\\":false,\\"errors\\":[{\\"code\\":\\"606\\",' +
    '\\"message\\":\\"Max rate limit \'100\' exceeded with in \'20\' secs\\"}]}"',
];

test('a logfmt log (logrus) is read like JSON lines: calls, statuses, bodies, times, no secret kept', () => {
  const report = analyseLines('text', LOGRUS, 'sync.log');
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.totals.unrecognised, 0);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
  assert.ok(!JSON.stringify(report).includes('s3cr3t-token'));
});

test('logfmt pairs of another host count as other; pairs with no call leave the line to the text reader', () => {
  const lines = [
    'time="2026-12-04T10:00:03Z" level=error method=GET url="https://api.example.com/v2/items" status=500',
    // The URL is in prose, the pairs only say status and duration: the client-line reader takes it.
    '[Marketo] POST https://123-ABC-456.mktorest.com/bulk/v1/leads.json status=413 duration=31.0ms',
  ];
  const report = analyseLines('text', lines, 'sync.log');
  assert.equal(report.totals.other, 1);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
});

test("a logfmt line inside Docker's json-file log field is read, its newline not part of the last value", () => {
  const inner =
    'time="2026-12-04T10:00:01Z" level=error msg="marketo request failed" method=POST ' +
    'url="https://123-ABC-456.mktorest.com/rest/v1/lists.json" status=413\n';
  const docker = JSON.stringify({ log: inner, stream: 'stderr', time: '2026-12-04T10:00:01.123456789Z' });
  assert.equal(sniffFormat(Buffer.from(`${docker}\n`)), 'ndjson');
  const report = analyseLines('ndjson', [docker], 'container.log');
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
});

// Go's log/slog TextHandler writes the attributes of a group (slog.Group("resp", ...)) as `resp.status=413`.
test("slog's text handler: grouped attributes (req.url, resp.status) name the call and its status", () => {
  const url = 'https://284-rpr-133.mktorest.com/rest/v1/leads.json';
  const report = analyseLines('text', [
    `time=2026-12-04T11:35:20.001Z level=ERROR msg="marketo call failed" req.method=POST req.url=${url} ` +
      'resp.status=413',
    `time=2026-12-04T11:35:21.001Z level=INFO msg="marketo call" req.method=GET req.url=${url} resp.status=200`,
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
});
