import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines } from './helpers/analyse-lines.js';

// Monolog's JsonFormatter with Guzzle's exceptions in the context, as guzzle_sync.php monolog-json wrote them
// (fixtures/clients/guzzle-monolog-json.log); here without Guzzle's log middleware, the exceptions alone.
const HOST = 'https://284-rpr-133.mktorest.com';
const URL_ = `${HOST}/rest/v1/leads.json`;
const record = (exception: Record<string, unknown>): string =>
  JSON.stringify({
    message: 'Marketo call failed',
    context: { exception },
    level: 400,
    level_name: 'ERROR',
    channel: 'marketo',
    datetime: '2026-12-04T17:10:24.862175+00:00',
    extra: {},
  });

test("Monolog: Guzzle's exception in the context names the call, its status, or that no answer came", () => {
  const report = analyseLines('ndjson', [
    record({
      class: 'GuzzleHttp\\Exception\\ClientException',
      message: `Client error: \`POST ${URL_}\` resulted in a \`413 Payload Too Large\` response:\n<html>413</html>\n`,
      code: 413,
      file: '/usr/share/php/GuzzleHttp/Exception/RequestException.php:113',
    }),
    record({
      class: 'GuzzleHttp\\Exception\\ClientException',
      message:
        `Client error: \`GET ${HOST}/identity/oauth/token\` resulted in a \`401 ` +
        'Unauthorized` response:\n{"error":"unauthorized","error_description":"Bad client credentials"}\n',
      code: 401,
      file: '/usr/share/php/GuzzleHttp/Exception/RequestException.php:113',
    }),
    record({
      class: 'GuzzleHttp\\Exception\\ConnectException',
      message:
        'cURL error 52: Empty reply from server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) ' +
        `for ${URL_}`,
      code: 0,
      file: '/usr/share/php/GuzzleHttp/Handler/CurlFactory.php:210',
    }),
  ]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(
    report.levels.http.codes.map((c) => [c.code, c.endpoints[0]!.endpoint]),
    [
      ['401', '/identity/oauth/token'],
      ['413', '/rest/v1/leads.json'],
    ],
  );
});
