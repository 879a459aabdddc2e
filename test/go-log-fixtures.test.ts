import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../src/aggregate/report-model.js';
import { REPORT_FORMATS } from '../src/report/index.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { assertNoSecret } from './helpers/recorded.js';
import { testRecordings } from './helpers/recorded-tests.js';

// A Go app on net/http that logs Marketo's decoded body with the log package (fixtures/tools/clients/go_printf_sync.go,
// recorded by record-clients.mjs): a map[string]interface{} with %v under date, microseconds and Lshortfile, and a
// typed struct with %+v under a message prefix, the same struct with %v (no field names: read by its shape), and
// both in Go syntax (%#v).
// NAME.expected.json is what the mock answered.
// Then log/slog's TextHandler and JSONHandler (go_slog_sync.go writes what they document: Go 1.19 has no log/slog):
// a body as an escaped string, as a group, as a decoded map; the request's headers; a *url.Error as slog.Any.
const GO_LOGS = [
  'go-printf-map.log',
  'go-printf-struct.log',
  'go-printf-plain.log',
  'go-printf-gosyntax.log',
  'go-slog-text.log',
  'go-slog-json.log',
  // SpeakData/minimarketo's Debug lines (go_minimarketo_lines.go writes them as its source does): `URL:`, then
  // `DONE: body {...}`, or the error it returns with the status (`Unexpected status code[413] with body[...]`).
  'go-minimarketo-lines.log',
];
testRecordings('clients', GO_LOGS);

// The token answer printed whole (`map[access_token:...]`, `&{AccessToken:...}`), the secret in the identity URL and
// the Authorization header never reach a report, in any format.
for (const log of GO_LOGS) {
  test(`clients/${log}: no token or client secret in any of the ${REPORT_FORMATS.length} report formats`, async () => {
    for (const format of REPORT_FORMATS) {
      const run = await runCliInProcess(['analyze', `fixtures/clients/${log}`, '--format', format, '--show-records']);
      assert.equal(run.code, 0, run.stderr);
      assertNoSecret('clients', log, run.stdout + run.stderr);
    }
  });
}

// Values Go never printed but a hostile log may hold where Go's would be: read or left, never a crash or a hang.
test("hostile text where Go's printed values would be: exit 0, the real call still counted, nothing lost", async () => {
  const url = 'https://284-rpr-133.mktorest.com/rest/v1/leads.json';
  const hostile = [
    `2026/12/04 10:00:00 marketo answered: ${'map[a:'.repeat(50_000)}`,
    `2026/12/04 10:00:00 POST ${url} 200 OK: &{RequestID:${'{A:'.repeat(50_000)}`,
    `2026/12/04 10:00:00 POST ${url} 200 OK: {x [] false ${'[{606 m} '.repeat(20_000)}`,
    `time=2026-12-04T10:00:00Z level=WARN msg=x url=${url} status=200 body="map[success:${']'.repeat(10_000)}"`,
    `{"time":"2026-12-04T10:00:00Z","level":"INFO","msg":"x","url":"${url}","status":200,"body":{"Success":true,` +
      `"Result":${'['.repeat(5_000)}${']'.repeat(5_000)}}}`,
    `2026/12/04 10:00:01 POST ${url} -> 200`,
    '2026/12/04 10:00:01 marketo answered: map[errors:[map[code:606 message:Max rate]] requestId:a1#2 success:false]',
  ].join('\n');
  const run = await runCliInProcess(['analyze', '-', '--format', 'json', '--input-format', 'text'], hostile);
  assert.equal(run.code, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  const report = JSON.parse(run.stdout);
  assert.deepEqual(
    report.levels.response.codes.map((c: { code: string; count: number }) => [c.code, c.count]),
    [['606', 1]],
  );
});

test("every finding in a Go log has its line's time (Go's date, or after log.SetPrefix's text)", async () => {
  for (const log of GO_LOGS) {
    const run = await runCliInProcess(['analyze', `fixtures/clients/${log}`, '--format', 'json']);
    const report = JSON.parse(run.stdout) as Report;
    for (const level of ['http', 'response', 'record'] as const)
      for (const code of report.levels[level].codes) assert.notEqual(code.firstSeen, null, `${log}: ${code.code}`);
  }
  // Without Lmsgprefix, Go writes the prefix before the date.
  const line =
    'marketo: 2026/12/04 21:42:37 GET /rest/v1/leads.json 200 OK: ' +
    '&{RequestID:a1#2 Success:false Errors:[{Code:606 Message:Max rate}]}';
  const run = await runCliInProcess(['analyze', '-', '--format', 'json'], `${line}\n`);
  const report = JSON.parse(run.stdout) as Report;
  assert.equal(report.levels.response.codes[0]?.firstSeen, '2026-12-04T21:42:37.000Z');
});
