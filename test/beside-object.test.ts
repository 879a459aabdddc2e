import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// winston's simple format: `level: message {fields as JSON}`. The recording is node-clients/got-winston-simple.log.
const URL_ = 'https://284-rpr-133.mktorest.com/rest/v1/leads.json';
const response = (status: number): string =>
  `info: marketo response {"method":"POST","service":"lead-sync","statusCode":${status},"url":"${URL_}"}`;
const gotError = (status: number, reason: string): string =>
  `error: Request failed with status code ${status} (${reason}): POST ${URL_} ` +
  `{"err":{"code":"ERR_NON_2XX_3XX_RESPONSE","name":"HTTPError"},"service":"lead-sync","statusCode":${status},` +
  `"url":"${URL_}"}`;

test("got's error text beside its fields repeats the response logged before it: one call", () => {
  const report = analyseLines('text', [response(413), gotError(413, 'Payload Too Large')]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
});

test('an error text of another status, or with no response before it, is a call of its own', () => {
  const report = analyseLines('text', [
    response(503),
    gotError(413, 'Payload Too Large'),
    gotError(414, 'URI Too Long'),
  ]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.deepEqual(codeCounts(report, 'http'), [
    ['413', 1],
    ['414', 1],
    ['503', 1],
  ]);
});

test('the text before a body names the call the body answered', () => {
  const report = analyseLines('text', [
    `2026-12-04T11:35:21Z POST ${URL_} 200 {"requestId":"a1#b2","success":false,"errors":[{"code":"606"}]}`,
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'response'), [['606', 1]]);
  assert.equal(report.levels.response.codes[0]!.endpoints[0]!.endpoint, '/rest/v1/leads.json');
});
