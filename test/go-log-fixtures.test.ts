import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPORT_FORMATS } from '../src/report/index.js';
import { runCliInProcess } from './helpers/cli-in-process.js';
import { assertNoSecret } from './helpers/recorded.js';
import { testRecordings } from './helpers/recorded-tests.js';

// A Go app on net/http that logs Marketo's decoded body with the log package (fixtures/tools/clients/go_printf_sync.go,
// recorded by record-clients.mjs): a map[string]interface{} with %v under date, microseconds and Lshortfile, and a
// typed struct with %+v under a message prefix, and the same struct with %v (no field names: read by its shape).
// NAME.expected.json is what the mock answered.
// Then log/slog's TextHandler and JSONHandler (go_slog_sync.go writes what they document: Go 1.19 has no log/slog):
// a body as an escaped string, as a group, as a decoded map; the request's headers; a *url.Error as slog.Any.
const GO_LOGS = [
  'go-printf-map.log',
  'go-printf-struct.log',
  'go-printf-plain.log',
  'go-slog-text.log',
  'go-slog-json.log',
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
