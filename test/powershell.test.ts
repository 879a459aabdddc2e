import assert from 'node:assert/strict';
import { test } from 'node:test';
import { powershell } from '../src/normalise/text/clients/powershell.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

const HOST = 'https://123-abc-456.mktorest.com';

test('PowerShell 7.4+: WebRequest and WebResponse lines, the query left out as the cmdlet writes it', () => {
  assert.deepEqual(
    powershell.read(`VERBOSE: WebRequest: v1.1 POST ${HOST}/rest/v1/leads.json with application/json payload`),
    {
      method: 'POST',
      url: `${HOST}/rest/v1/leads.json`,
      textPair: { client: 'powershell', side: 'request' },
    },
  );
  assert.equal(
    powershell.read('VERBOSE: WebResponse: 413 Request Entity Too Large with text/html payload')?.status,
    413,
  );
  assert.equal(powershell.read('Invoke-RestMethod: The response ended prematurely.')?.noResponse, true);
  assert.equal(
    powershell.read('Invoke-RestMethod: Response status code does not indicate success: 414 (URI Too Long).')?.status,
    414,
  );
  // The answer's body shown as the error names no status: the WebResponse line before it did.
  assert.equal(powershell.read('Invoke-RestMethod: {"error":"unauthorized"}'), undefined);
  assert.equal(powershell.read('VERBOSE: Loading module from path C:\\sync\\Marketo.psm1'), undefined);
});

// Windows PowerShell 5.1's lines, after the WebCmdlet strings it shipped with ("{0} {1} with {2}-byte payload",
// "received {0}-byte response of content type {1}") and .NET Framework's WebException message.
test('Windows PowerShell 5.1 transcript: the request, the answer it read, its 413 and its dropped call', () => {
  const report = analyseLines('text', [
    '**********************',
    'Windows PowerShell transcript start',
    'Start time: 20261204100000',
    '**********************',
    `VERBOSE: GET ${HOST}/identity/oauth/token?grant_type=client_credentials&client_secret=S3cretValue1 with ` +
      '0-byte payload',
    'VERBOSE: received 145-byte response of content type application/json;charset=UTF-8',
    `VERBOSE: POST ${HOST}/rest/v1/leads.json with -1-byte payload`,
    'Invoke-RestMethod : The remote server returned an error: (413) Request Entity Too Large.',
    'At C:\\sync\\sync.ps1:42 char:13',
    '    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
    `VERBOSE: POST ${HOST}/rest/v1/leads.json with -1-byte payload`,
    'Invoke-RestMethod : The underlying connection was closed: An unexpected error occurred on a receive.',
  ]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
  assert.equal(report.levels.http.codes[0]?.endpoints[0]?.endpoint, '/rest/v1/leads.json');
  assert.doesNotMatch(JSON.stringify(report), /S3cretValue1/);
});

test(".NET Framework's WebException in an app's log is the status of the Marketo call named before it", () => {
  const report = analyseLines('text', [
    `2026-12-04 10:00:01,123 INFO Sync - POST ${HOST}/rest/v1/leads.json (300 leads)`,
    '2026-12-04 10:00:02,123 ERROR Sync - System.Net.WebException: The remote server returned an error: (414) ' +
      'Request-URI Too Long.',
  ]);
  assert.deepEqual(codeCounts(report, 'http'), [['414', 1]]);
});
