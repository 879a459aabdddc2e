import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PrintedBlocks } from '../src/normalise/text/printed-blocks.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';
import { analyseRecorded, assertNoSecret } from './helpers/recorded.js';
import { parseInspect } from '../src/normalise/ndjson/inspect-parse.js';

const HOST = 'https://123-ABC-456.mktorest.com';

describe('PrintedBlocks', () => {
  it('joins a line ending with a brace, its indented lines and the closing brace', () => {
    const b = new PrintedBlocks();
    assert.equal(b.take('POST /rest/v1/leads.json -> 200 {', 7), null);
    assert.equal(b.take("  requestId: 'e42b#1',", 8), null);
    assert.equal(b.take('  success: false', 9), null);
    assert.deepEqual(b.take('}', 10), {
      text: "POST /rest/v1/leads.json -> 200 {\n  requestId: 'e42b#1',\n  success: false\n}",
      line: 7,
      again: false,
    });
    assert.equal(b.take('next line', 11), undefined);
  });

  it('gives back the held lines when a line that is neither indented nor a closing brace comes', () => {
    const b = new PrintedBlocks();
    assert.equal(b.take('function sync() {', 1), null);
    assert.deepEqual(b.take('2026-12-04 10:00:01 INFO done', 2), { text: 'function sync() {', line: 1, again: true });
  });

  it('gives back what it holds at the end of the input, and a block past 256 KiB as it stands', () => {
    const b = new PrintedBlocks();
    b.take('response: [', 1);
    b.take('  1,', 2);
    assert.deepEqual(b.finish(), { text: 'response: [\n  1,', line: 1, again: false });
    assert.equal(b.finish(), undefined);
    b.take('response: {', 3);
    let step: ReturnType<PrintedBlocks['take']> = null;
    for (let i = 0; step === null && i < 100_000; i++) step = b.take(`  "k${i}": "${'x'.repeat(100)}",`, 4 + i);
    assert.ok(step && step.text.length >= 256 * 1024 && !step.again);
  });
});

describe('objects printed over several lines in a text log', () => {
  it("Node's console.log of a parsed body after the call's line is read with that line", () => {
    const report = analyseLines('text', [
      `2026-12-04T10:00:01.000Z POST ${HOST}/rest/v1/leads.json -> 200 {`,
      "  requestId: 'e42b#1',",
      '  success: false,',
      '  errors: [',
      '    {',
      "      code: '606',",
      `      message: "Max rate limit '100' exceeded with in '20' secs"`,
      '    }',
      '  ]',
      '}',
      `2026-12-04T10:00:02.000Z GET ${HOST}/rest/v1/leads.json -> 200 {`,
      "  requestId: 'e42c#2',",
      "  result: [ { id: 1, status: 'skipped', reasons: [ { code: '1004', message: 'Lead not found' } ] } ],",
      '  success: true',
      '}',
    ]);
    assert.equal(report.totals.marketoCalls, 2);
    assert.equal(report.inputs[0]!.unrecognised, 0);
    assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
    assert.deepEqual(codeCounts(report, 'record'), [['1004', 1]]);
  });

  it("Python's json.dumps(body, indent=2) after a message, with CRLF line ends, at the end of the input", () => {
    const report = analyseLines('text', [
      '2026-12-04 10:00:01,123 ERROR sync marketo answered: {\r',
      '  "requestId": "e42b#1",\r',
      '  "success": false,\r',
      '  "errors": [{"code": "1029", "message": "Too many jobs in queue"}]\r',
      '}\r',
      '2026-12-04 10:00:02,123 ERROR sync marketo answered: {',
      '  "requestId": "e42b#2", "success": false, "errors": [{"code": "611", "message": "System error"}]',
    ]);
    // The last object never closed: its lines are read as the text they are, which names its code.
    assert.deepEqual(codeCounts(report, 'response').sort(), [
      ['1029', 1],
      ['611', 1],
    ]);
    assert.equal(report.totals.marketoCalls, 2);
  });

  it("a record util.inspect printed from its first line (winston's prettyPrint) is read as its object", () => {
    const report = analyseLines('text', [
      '{',
      "  service: 'lead-sync',",
      `  url: '${HOST}/rest/v1/leads.json',`,
      '  statusCode: 503,',
      "  body: '<html>\\r\\n' +",
      "    '<head><title>503 Service Temporarily Unavailable</title></head>\\r\\n',",
      '  timings: { start: 1796404674270, end: 1796404674276, error: undefined },',
      "  level: 'error'",
      '}',
      '{',
      '2026-12-04 10:00:01 INFO a lone brace opens nothing when no indented key follows',
    ]);
    assert.equal(report.totals.marketoCalls, 1);
    assert.deepEqual(codeCounts(report, 'http'), [['503', 1]]);
    assert.equal(report.levels.http.codes[0]!.endpoints[0]!.endpoint, '/rest/v1/leads.json');
  });

  it('a line that ends a brace it is not part of is read on its own, in its order', () => {
    const report = analyseLines('text', [
      'config loaded {',
      `2026-12-04 10:00:01 ERROR POST ${HOST}/rest/v1/leads.json 413`,
      'retry plan [',
      '  1, 2, 4',
      ']',
      `2026-12-04 10:00:02 ERROR POST ${HOST}/rest/v1/leads.json 414`,
    ]);
    assert.deepEqual(codeCounts(report, 'http'), [
      ['413', 1],
      ['414', 1],
    ]);
  });
});

describe('what util.inspect prints inside an error', () => {
  it('reads shortened strings, placeholders with brackets inside, class placeholders and buffers', () => {
    assert.deepEqual(
      parseInspect(
        '{ data: \'{"input":[{"email"\'... 22701 more characters, headers: [Object [AxiosHeaders]], ' +
          'env: { Blob: [class Blob] }, body: <Buffer 7b 22>, ' +
          'request: <ref *1> ClientRequest { self: [Circular *1] } }',
      ),
      {
        data: '{"input":[{"email"',
        headers: '[Object [AxiosHeaders]]',
        env: { Blob: '[class Blob]' },
        body: '<Buffer 7b 22>',
        request: { self: '[Circular *1]' },
      },
    );
  });
});

// Recorded by fixtures/tools/record-console-objects.mjs against the mock; the expected counts are its answers.
for (const log of ['console-log-objects.log', 'axios-console-errors.log']) {
  describe(`node-clients/${log}: a Node sync that logs with console`, () => {
    it('finds every call and every code the log shows, and no secret reaches the report', async () => {
      const { report, want } = await analyseRecorded('node-clients', log);
      assert.equal(report.totals.marketoCalls, want.marketoCalls);
      for (const level of ['http', 'response'] as const) {
        assert.deepEqual(Object.fromEntries(codeCounts(report, level)), want.levels[level], level);
      }
      // Node prints arrays two levels down as [Array]: the skipped records' reasons are not in the log.
      assert.ok(Object.keys(want.levels.record).length > 0);
      assert.deepEqual(codeCounts(report, 'record'), []);
      assertNoSecret('node-clients', log, JSON.stringify(report));
    });
  });
}
