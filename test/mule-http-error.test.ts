import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// MuleSoft's HTTP Request connector (Mule 4) describes a failed request as `HTTP POST on resource '<url>' failed:
// <reason> (<status>).`, or without a status when no answer came; written from Mule's documented error messages
// (Mule cannot be installed here), in Mule's text log and in the JSON Logger's record.
const URL_ = 'https://284-rpr-133.mktorest.com/rest/v1/leads.json';

test("Mule's HTTP connector errors name the call and its status, or that no answer came", () => {
  const report = analyseLines('text', [
    'ERROR 2026-12-04 11:35:21,730 [[MuleRuntime].uber.03: [marketo-sync].sync.CPU_LITE @4a1b2c3d] ' +
      'org.mule.runtime.core.internal.exception.OnErrorPropagateHandler:',
    '********************************************************************************',
    `Message               : HTTP POST on resource '${URL_}' failed: payload too large (413).`,
    'Error type            : HTTP:PAYLOAD_TOO_LARGE',
    '********************************************************************************',
    `Message               : HTTP GET on resource '${URL_}?filterType=id&filterValues=4101' failed: Remotely closed.`,
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
});

test("the JSON Logger's record of the same error is read from its message", () => {
  const record = {
    correlationId: '1f0c3a52-9b7e-11ef-8c1d-0242ac120002',
    message: `HTTP POST on resource '${URL_}' failed: service unavailable (503).`,
    tracePoint: 'EXCEPTION',
    priority: 'ERROR',
    elapsed: 415,
    timestamp: '2026-12-04T11:35:21.730Z',
    applicationName: 'marketo-sync',
  };
  const report = analyseLines('ndjson', [JSON.stringify(record)]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['503', 1]]);
});
